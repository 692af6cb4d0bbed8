// Entry of the web view: starts the explorer on the page index.html lays out.
import { watchLoading } from './banner.js';
import { Explorer } from './app.js';
import './styles.css';

const explorer = new Explorer();
watchLoading(() => explorer.state.lang);
// A handle for the browser console and the end-to-end test (cy, state); the page itself never reads it.
(window as unknown as { twingraph: Explorer }).twingraph = explorer;
void explorer.start();
