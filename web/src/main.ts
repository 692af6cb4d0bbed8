// Entry of the web view. For now it shows whether the API and its database are up.
const el = document.querySelector<HTMLParagraphElement>('#health');

async function showHealth(): Promise<void> {
  if (!el) return;
  try {
    const res = await fetch('/api/health');
    const body = (await res.json()) as { database: { status: string } };
    el.textContent = body.database.status === 'up' ? 'Database: up' : 'Database: down — the graph is not answering.';
  } catch {
    el.textContent = 'The API is not reachable.';
  }
}

void showHealth();
