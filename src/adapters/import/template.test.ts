import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { EVIDENCE_KINDS, parseKind } from '../../core/evidence/kinds.js';
import { COLUMNS, KIND_WORDS, matchHeader } from './columns.js';
import { readImportFile, writeTemplates } from './index.js';

let dir = '';
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'eclaireur-template-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the column and kind tables', () => {
  it('match every column name and alias back to its column', () => {
    COLUMNS.forEach((c, i) => {
      assert.equal(matchHeader(c.names.en)?.column, i, c.names.en);
      assert.equal(matchHeader(c.names.fr)?.column, i, c.names.fr);
      for (const a of c.aliases) assert.equal(matchHeader(a.text)?.column, i, a.text);
    });
    assert.equal(matchHeader('Année liste')?.column, matchHeader('annee_liste')?.column);
    assert.equal(matchHeader('FAKE-SHARE')?.column, matchHeader('fake_share')?.column);
    assert.equal(matchHeader('Vérifié')?.lang, 'fr');
    assert.equal(matchHeader('date')?.lang, null);
  });

  it('write kind words that parse back to their kind', () => {
    for (const k of EVIDENCE_KINDS) {
      assert.equal(parseKind(KIND_WORDS[k.name].en), k.name);
      assert.equal(parseKind(KIND_WORDS[k.name].fr), k.name);
    }
  });
});

for (const lang of ['en', 'fr'] as const) {
  describe(`templates in ${lang}`, () => {
    let paths: string[] = [];
    before(async () => {
      paths = await writeTemplates(join(dir, lang), lang);
    });

    it('are named for the language', () => {
      const base = lang === 'fr' ? 'eclaireur-modele' : 'eclaireur-template';
      assert.deepEqual(paths.map((p) => basename(p)), [`${base}.csv`, `${base}.xlsx`]);
    });

    it('CSV: the header row only, in the language', async () => {
      const text = await readFile(paths[0], 'utf8');
      const sep = lang === 'fr' ? ';' : ',';
      assert.equal(text, `\ufeff${COLUMNS.map((c) => c.names[lang]).join(sep)}\r\n`);
      if (lang === 'fr') assert.ok(text.includes('année_liste') && text.includes('vérifié'));
    });

    it('read back with zero rows and zero problems', async () => {
      for (const p of paths) {
        const r = await readImportFile(p);
        assert.deepEqual(r.problems, [], p);
        assert.equal(r.rows, 0, p);
      }
    });

    it('XLSX: a bold, frozen header with widths and a list of kinds, and a guide sheet', async () => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(paths[1]);
      const [facts, guide] = wb.worksheets;
      assert.equal(facts.name, lang === 'fr' ? 'preuves' : 'evidence');
      const head = facts.getRow(1);
      COLUMNS.forEach((c, i) => {
        assert.equal(head.getCell(i + 1).value, c.names[lang]);
        assert.equal(head.getCell(i + 1).font?.bold, true);
        assert.equal(facts.getColumn(i + 1).width, c.width);
      });
      assert.equal(facts.views[0]?.state, 'frozen');
      assert.equal((facts.views[0] as { ySplit?: number }).ySplit, 1);
      const kindCell = facts.getCell('C2');
      assert.equal(kindCell.dataValidation?.type, 'list');
      const formula = kindCell.dataValidation?.formulae?.[0] as string;
      const m = /\$A\$(\d+):\$A\$(\d+)/.exec(formula);
      assert.ok(m, formula);
      const listed: string[] = [];
      for (let row = Number(m[1]); row <= Number(m[2]); row++) listed.push(String(guide.getCell(`A${row}`).value));
      assert.deepEqual(listed, EVIDENCE_KINDS.map((k) => KIND_WORDS[k.name][lang]));

      // The guide documents each kind (label, index, required columns, value) and each column.
      const text: string[] = [];
      guide.eachRow((r) => text.push((r.values as unknown[]).filter((v) => v != null).map(String).join(' | ')));
      const all = text.join('\n');
      for (const k of EVIDENCE_KINDS) assert.ok(all.includes(k.label[lang]), k.label[lang]);
      for (const c of COLUMNS) assert.ok(all.includes(c.description[lang]), c.id);
      const talk = text.find((t) => t.startsWith(KIND_WORDS.talk[lang] + ' |')) ?? '';
      assert.match(talk, lang === 'fr' ? /Contribution à la communauté/ : /Contribution to the web community/);
      const identity = text.find((t) => t.startsWith(KIND_WORDS.identity[lang] + ' |')) ?? '';
      assert.match(identity, lang === 'fr' ? /plateforme, identifiant ou url/ : /platform, handle or url/);
    });
  });
}
