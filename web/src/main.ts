// Entry of the web view: starts the explorer on the page index.html lays out.
import { createApp } from './app/context.js';
import { startExplorer } from './app/explorer.js';
import { watchLoading } from './ui/banner.js';
import './styles.css';

const app = createApp();
watchLoading(() => app.state.lang);
// A handle for the browser console and the end-to-end test (cy, state); the page itself never reads it.
(window as unknown as { twingraph: typeof app }).twingraph = app;
void startExplorer(app);
