import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { fixtureMethodology, fixtureResult } from './testdata.js';
import { writeRankingXlsx } from './xlsx.js';

describe('writeRankingXlsx', () => {
  let dir = '';
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'eclaireur-xlsx-'));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function read(path: string): Promise<ExcelJS.Workbook> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    return wb;
  }

  it('writes the French sheets with the values, formats and frozen header', async () => {
    const result = fixtureResult('fr');
    const path = join(dir, 'fr.xlsx');
    await writeRankingXlsx(result, 'fr', path, fixtureMethodology('fr'));
    const wb = await read(path);
    assert.deepEqual(
      wb.worksheets.map((w) => w.name),
      ['Classement', 'Scores par indice', 'Contributions', 'Méthodologie'],
    );
    const ws = wb.getWorksheet('Classement')!;
    assert.equal(ws.getCell('A1').value, 'Rang');
    assert.equal(ws.getCell('C1').value, 'Nom');
    assert.equal(ws.rowCount, result.entries.length + 1);
    result.entries.forEach((e, i) => {
      const row = ws.getRow(i + 2);
      assert.equal(row.getCell(1).value, e.rank);
      assert.equal(row.getCell(2).value, e.candidateId);
      assert.equal(row.getCell(3).value, e.name);
      assert.equal(row.getCell(4).value, e.score);
      assert.equal(row.getCell(5).value, e.rankInterval[0]);
      assert.equal(row.getCell(6).value, e.rankInterval[1]);
      assert.equal(row.getCell(7).value, e.missing.length);
    });
    assert.equal(ws.getCell('D2').numFmt, '0.0');
    assert.equal(ws.views[0].state, 'frozen');
    assert.equal((ws.views[0] as { ySplit?: number }).ySplit, 1);

    const scores = wb.getWorksheet('Scores par indice')!;
    assert.equal(scores.getCell('D1').value, 'Reconnaissance par les pairs');
    const royRow = result.entries.findIndex((e) => e.candidateId === 'hroy') + 2;
    const mediaCol = 4 + 5; // media_presence is the sixth index
    assert.equal(scores.getRow(royRow).getCell(mediaCol).value, 'manquant', 'missing is a word, never a number');
    assert.equal(scores.getRow(2).getCell(4).value, result.entries[0].indices[0].score);

    const contributions = wb.getWorksheet('Contributions')!;
    assert.equal(contributions.getRow(2).getCell(4).value, result.entries[0].indices[0].contribution);
    assert.equal(contributions.getRow(2).getCell(14).value, result.entries[0].score);

    const method = wb.getWorksheet('Méthodologie')!;
    const texts: string[] = [];
    method.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value))));
    assert.ok(texts.includes(result.fingerprint));
    assert.ok(texts.includes('peer_recognition'));
    assert.ok(texts.includes('log-cap'));
    assert.ok(texts.some((t) => t.includes('"seed": 20181127')));
    assert.equal(wb.created.toISOString(), '2025-03-01T00:00:00.000Z');
    assert.equal(wb.modified.toISOString(), '2025-03-01T00:00:00.000Z');
  });

  it('names the sheets in English', async () => {
    const path = join(dir, 'en.xlsx');
    await writeRankingXlsx(fixtureResult('en'), 'en', path, fixtureMethodology('en'));
    const wb = await read(path);
    assert.deepEqual(
      wb.worksheets.map((w) => w.name),
      ['Ranking', 'Index scores', 'Contributions', 'Methodology'],
    );
    assert.equal(wb.getWorksheet('Ranking')!.getCell('A1').value, 'Rank');
  });

  it('gives the same bytes for the same ranking', async () => {
    const a = join(dir, 'a.xlsx');
    const b = join(dir, 'b.xlsx');
    await writeRankingXlsx(fixtureResult('fr'), 'fr', a, fixtureMethodology('fr'));
    await new Promise((r) => setTimeout(r, 2100)); // past the 2-second resolution of zip times
    await writeRankingXlsx(fixtureResult('fr'), 'fr', b, fixtureMethodology('fr'));
    const hash = async (p: string): Promise<string> => createHash('sha256').update(await readFile(p)).digest('hex');
    assert.equal(await hash(a), await hash(b));
  });
});
