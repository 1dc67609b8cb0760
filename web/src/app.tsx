import { useEffect, useState } from 'preact/hooks';

type Health = { status: string; checks: Record<string, { status: string }> };

/** Storefront shell: the catalogue, cart and checkout pages plug in here as they land. */
export function App() {
  const [health, setHealth] = useState<Health | undefined>();
  useEffect(() => {
    fetch('/api/health')
      .then((response) => response.json() as Promise<Health>)
      .then(setHealth)
      .catch(() => setHealth({ status: 'unreachable', checks: {} }));
  }, []);
  return (
    <>
      <header class="site-header">
        <a class="brand" href="/">La Boutique</a>
      </header>
      <main>
        <h1>Bienvenue</h1>
        <p>La boutique ouvre bientôt ses rayons.</p>
        <section aria-labelledby="status-title">
          <h2 id="status-title">État du service</h2>
          {health ? (
            <ul>
              {Object.entries(health.checks).map(([name, check]) => (
                <li key={name}>
                  {name} : {check.status === 'up' ? 'disponible' : 'indisponible'}
                </li>
              ))}
            </ul>
          ) : (
            <p>Vérification…</p>
          )}
        </section>
      </main>
    </>
  );
}
