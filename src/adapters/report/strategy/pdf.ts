/**
 * Prints an HTML report to PDF with headless Chromium — Debian's `chromium` package (or the
 * program named by ECLAIREUR_CHROMIUM). The HTML is written to a private temporary directory,
 * Chromium runs with its own throw-away profile, no network and no sandbox (it runs as
 * whatever user the CLI runs as, root in containers), and the result is checked to be a PDF.
 * When Chromium is not installed, the caller gets ChromiumMissingError and writes no file:
 * never a fake PDF.
 */
import { execFile } from 'node:child_process';
import { accessSync, constants, mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export const PDF_DEFAULTS = {
  /** Program names looked up on PATH, in order. */
  programs: ['chromium', 'chromium-browser'],
  timeoutMs: 120_000,
} as const;

export class ChromiumMissingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ChromiumMissingError';
  }
}

function executable(p: string): boolean {
  try {
    accessSync(p, constants.X_OK);
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

/** The Chromium to print with: ECLAIREUR_CHROMIUM when set, else the first on PATH; null when none. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  const explicit = env.ECLAIREUR_CHROMIUM;
  if (explicit !== undefined && explicit !== '') return executable(explicit) ? explicit : null;
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    for (const name of PDF_DEFAULTS.programs) {
      const p = join(dir, name);
      if (executable(p)) return p;
    }
  }
  return null;
}

/** Writes `html` as a PDF at `out` (replaced only once the PDF is complete). */
export async function printPdf(html: string, out: string, chromium: string, timeoutMs: number = PDF_DEFAULTS.timeoutMs): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'eclaireur-pdf-'));
  try {
    const page = join(dir, 'report.html');
    const pdf = join(dir, 'report.pdf');
    writeFileSync(page, html);
    const args = [
      '--headless',
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-gpu',
      '--disable-extensions',
      '--no-first-run',
      '--no-pdf-header-footer',
      `--user-data-dir=${join(dir, 'profile')}`,
      `--print-to-pdf=${pdf}`,
      pathToFileURL(page).href,
    ];
    await new Promise<void>((ok, fail) => {
      execFile(chromium, args, { timeout: timeoutMs, maxBuffer: 4 << 20 }, (err, _stdout, stderr) => {
        if (err) fail(new Error(`${chromium} could not print the PDF: ${err.message.split('\n')[0]}${stderr ? ` — ${String(stderr).trim().split('\n').slice(-1)[0]}` : ''}`));
        else ok();
      });
    });
    let head = '';
    try {
      head = readFileSync(pdf).subarray(0, 5).toString('latin1');
    } catch {
      /* no file: reported below */
    }
    if (head !== '%PDF-') throw new Error(`${chromium} ran but wrote no PDF`);
    const target = resolve(out);
    const tmpTarget = join(dirname(target), `.${Date.now().toString(36)}-${process.pid}.pdf.part`);
    writeFileSync(tmpTarget, readFileSync(pdf));
    renameSync(tmpTarget, target);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
