/**
 * Finds a Python 3 that can import given modules (the oracles of the graph tests and the igraph
 * baseline of the benchmark): $ECLAIREUR_PYTHON, then Debian's /usr/bin/python3 (where
 * `apt-get install python3-networkx python3-igraph` puts them, see .ci/run), then `python3`.
 */
import { spawnSync } from 'node:child_process';

export function findPython(modules: readonly string[]): string | null {
  const candidates = [process.env.ECLAIREUR_PYTHON, '/usr/bin/python3', 'python3'].filter((x): x is string => !!x);
  for (const py of candidates) {
    const r = spawnSync(py, ['-c', `import ${modules.join(', ')}`], { stdio: 'ignore', timeout: 60_000 });
    if (r.status === 0) return py;
  }
  return null;
}
