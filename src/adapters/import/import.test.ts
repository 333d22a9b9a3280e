import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import type { InputProblem } from '../../core/domain.js';
import { formatProblem, readImportFile, readImportText } from './index.js';

let dir = '';
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'eclaireur-import-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Problems as `line:column` keys, for comparing where they are. */
function where(problems: InputProblem[]): string[] {
  return problems.map((p) => `${p.line}:${p.column ?? ''}`);
}

describe('CSV in Québec French: semicolons, BOM, CRLF, comma decimals', () => {
  const text =
    '\ufeffcandidat;nom;type;date;valeur;plateforme;identifiant;vérifié;pays;langue;part_faux;source;note\r\n' +
    'emilie-cote-tremblay;Émilie Côté-Tremblay;auditoire;27 novembre 2018;12 345;LinkedIn;;;;;12 %;;\r\n' +
    ';Émilie Côté-Tremblay;conférence;1er novembre 2018;;;;;Belgique;français;;https://www.exemple.ca/conf;"Salon ""Web"" ; Montréal"\r\n' +
    'jean;Jean Tremblay;identité;;;Twitter;@jtremblay;oui;;;;;\r\n' +
    'jean;;auditoire_pays;2019-03;35 %;;;;États-Unis;;;;\r\n' +
    'jean;;publication;2019-03-04;;X;;;;;;;\r\n';
  const r = readImportText(text, 'preuves.csv');

  it('reads every row without a problem', () => {
    assert.deepEqual(r.problems, []);
    assert.equal(r.rows, 5);
  });

  it('derives the key from the name and keeps one candidate per key, origin = first row', () => {
    assert.deepEqual(r.batch.candidates, [
      { key: 'emilie-cote-tremblay', name: 'Émilie Côté-Tremblay', origin: { file: 'preuves.csv', line: 2 } },
      { key: 'jean', name: 'Jean Tremblay', origin: { file: 'preuves.csv', line: 4 } },
    ]);
  });

  it('reads numbers, dates, platforms, countries, languages and percentages', () => {
    const [audience, talk, share, post] = r.batch.evidence;
    assert.equal(audience.kind, 'audience');
    assert.equal(audience.value, 12345);
    assert.equal(audience.date, '2018-11-27');
    assert.equal(audience.platform, 'linkedin');
    assert.equal(audience.fakeShare, 0.12);
    assert.deepEqual(audience.origin, { file: 'preuves.csv', line: 2 });
    assert.equal(talk.kind, 'talk');
    assert.equal(talk.candidateKey, 'emilie-cote-tremblay');
    assert.equal(talk.date, '2018-11-01');
    assert.equal(talk.country, 'BE');
    assert.equal(talk.language, 'fr');
    assert.equal(talk.sourceUrl, 'https://www.exemple.ca/conf');
    assert.deepEqual(talk.attributes, { note: 'Salon "Web" ; Montréal' });
    assert.equal(share.kind, 'audience_country');
    assert.equal(share.value, 0.35);
    assert.equal(share.country, 'US');
    assert.equal(share.date, '2019-03-01');
    assert.equal(post.kind, 'post');
    assert.equal(post.value, 1, 'a post counts 1 by default');
    assert.equal(post.platform, 'x');
  });

  it('turns identity rows into identities', () => {
    assert.deepEqual(r.batch.identities, [
      { candidateKey: 'jean', platform: 'x', handle: '@jtremblay', url: null, verified: true, origin: { file: 'preuves.csv', line: 4 } },
    ]);
  });
});

describe('CSV in English: commas, LF, quoted fields with newlines', () => {
  const text = [
    'Candidate,Name,Kind,Date,Value,Platform,URL,Verified,Peer,List,List Year,List Size,Source,Note',
    'ada,Ada Lovelace,website,,,,https://ada.example,,,,,,,',
    'ada,,peer_mention,"November 27, 2018",,x,,,@babbage,,,,,"first line',
    'second line"',
    'ada,,external_rank,,3,,,,,Top Web 100,2018,100,https://lists.example/top,',
    'ada,,audience,Nov. 27 2018,"1,2 k",YouTube,,,,,,,,',
    'ada,,search_share,2018,0.4,,,,,,,,,',
  ].join('\n');
  const r = readImportText(text, 'facts.csv', { locale: 'en' });

  it('reads the rows, counting the embedded newline in line numbers', () => {
    assert.deepEqual(r.problems, []);
    assert.equal(r.rows, 5);
    assert.deepEqual(
      r.batch.evidence.map((e) => [e.kind, e.origin?.line]),
      [
        ['website', 2],
        ['peer_mention', 3],
        ['audience', 6],
        ['search_share', 7],
      ],
    );
    assert.equal(r.batch.evidence[1].attributes.note, 'first line\nsecond line');
    assert.equal(r.batch.evidence[1].peer, '@babbage');
    assert.equal(r.batch.evidence[1].date, '2018-11-27');
  });

  it('keeps the url of a website as its source', () => {
    assert.equal(r.batch.evidence[0].sourceUrl, 'https://ada.example');
    assert.equal(r.batch.evidence[0].attributes.url, 'https://ada.example');
  });

  it('reads k suffixes for audiences and shares 0–1', () => {
    assert.equal(r.batch.evidence[2].value, 1200);
    assert.equal(r.batch.evidence[2].platform, 'youtube');
    assert.equal(r.batch.evidence[3].value, 0.4);
  });

  it('turns external_rank rows into external-ranking entries, named after the candidate', () => {
    assert.deepEqual(r.batch.externalRanks, [
      {
        list: 'Top Web 100',
        year: 2018,
        rank: 3,
        listSize: 100,
        candidateKey: 'ada',
        name: 'Ada Lovelace',
        sourceUrl: 'https://lists.example/top',
        origin: { file: 'facts.csv', line: 5 },
      },
    ]);
  });

  it('follows Excel’s sep= line, counting it', () => {
    const t = readImportText('sep=;\r\ncandidate;name;kind;date\r\nbob;Bob;book;hier\r\n', 'sep.csv');
    assert.deepEqual(where(t.problems), ['3:date']);
  });

  it('detects a tab delimiter', () => {
    const tsv = 'candidate\tname\tkind\tdate\nbob\tBob\tbook\t2020\n';
    const t = readImportText(tsv, 'x.tsv');
    assert.deepEqual(t.problems, []);
    assert.equal(t.batch.evidence[0].kind, 'book');
    assert.equal(t.batch.evidence[0].date, '2020-01-01');
  });
});

describe('a broken file', () => {
  const text = [
    'candidate,name,kind,date,value,platform,country,fake_share,colour', // 1: unknown column
    'ann,Ann,audience,2018-01-01,-5,linkedin,,,', // 2: negative value
    'ann,Ann,talk,31/02/2018,,,,,', // 3: not a date
    'ann,Ann,peer_mention,2018-01-01,,,,,', // 4: peer required
    'bob,,post,1985-06-01,,,,,', // 5: too early, platform required (and bob never named)
    ',,book,2018,,,,,', // 6: neither candidate nor name
    'ann,Annie,sermon,2018,,,,,', // 7: name conflict, unknown kind
    'ann,Ann,audience,2018,12,x,Narnia,1.5,', // 8: unknown country, fake share out of range
    'ann,Ann,external_rank,,2.5,,,,', // 9: rank not whole, list required
    'ann,Ann,search_share,2018,35,,,,,extra', // 10: share out of range, extra cell
  ].join('\r\n');
  const r = readImportText(text, 'broken.csv', { lang: 'en' });

  it('reports every problem with its line and column', () => {
    assert.deepEqual(where(r.problems), [
      '1:colour',
      '2:value',
      '3:date',
      '4:peer',
      '5:date',
      '5:platform',
      '5:name',
      '6:candidate',
      '7:name',
      '7:kind',
      '8:country',
      '8:fake_share',
      '9:value',
      '9:list',
      '10:10',
      '10:value',
    ]);
  });

  it('says what is wrong and what was expected', () => {
    const byWhere = new Map(r.problems.map((p) => [`${p.line}:${p.column ?? ''}`, p.message]));
    assert.match(byWhere.get('1:colour') ?? '', /unknown column "colour"; accepted columns: candidate, name, kind/);
    assert.match(byWhere.get('2:value') ?? '', /"-5" is negative; expected a number ≥ 0/);
    assert.match(byWhere.get('3:date') ?? '', /"31\/02\/2018" is not a date; expected/);
    assert.match(byWhere.get('4:peer') ?? '', /"peer" is required for kind "peer_mention"/);
    assert.match(byWhere.get('5:date') ?? '', /before 1990-01-01/);
    assert.match(byWhere.get('5:name') ?? '', /candidate "bob" has no name/);
    assert.match(byWhere.get('7:name') ?? '', /"Annie" differs from "Ann" given for the same candidate on line 2/);
    assert.match(byWhere.get('7:kind') ?? '', /unknown kind "sermon"; expected one of: identity, website/);
    assert.match(byWhere.get('8:country') ?? '', /unknown country "Narnia"/);
    assert.match(byWhere.get('8:fake_share') ?? '', /"1.5" is not a share; expected a number from 0 to 1 or a percentage/);
    assert.match(byWhere.get('9:value') ?? '', /"2.5" is not a rank/);
    assert.match(byWhere.get('10:10') ?? '', /value in column 10, beyond the 9 columns/);
    assert.equal(formatProblem(r.problems[1]), 'broken.csv:2:value: "-5" is negative; expected a number ≥ 0');
  });

  it('keeps no record from a row with a problem', () => {
    assert.deepEqual(r.batch.evidence, []);
    assert.deepEqual(r.batch.externalRanks, []);
  });

  it('writes the same problems in French', () => {
    const fr = readImportText(text, 'broken.csv', { lang: 'fr' });
    assert.deepEqual(where(fr.problems), where(r.problems));
    assert.match(fr.problems[0].message, /colonne inconnue «\u00a0colour\u00a0»; colonnes acceptées\u00a0: candidate, name, kind/);
    assert.match(fr.problems[1].message, /est négatif/);
  });

  it('reports a French file’s accepted columns in French', () => {
    const f = readImportText('candidat;nom;type;couleur\nx;X;livre;bleu\n', 'f.csv', { lang: 'en' });
    assert.equal(f.problems.length, 2, 'the unknown column and the missing date of a book');
    assert.match(f.problems[0].message, /unknown column "couleur"; accepted columns: candidat, nom, type, date, valeur/);
  });
});

describe('ambiguous numbers and dates', () => {
  const text = 'candidate,name,kind,date,value,platform\nann,Ann,audience,05/06/2018,"1,500",x\n';

  it('are problems with auto, asking for --locale', () => {
    const r = readImportText(text, 'a.csv');
    assert.deepEqual(where(r.problems), ['2:date', '2:value']);
    assert.match(r.problems[0].message, /"05\/06\/2018" is ambiguous: 2018-06-05 \(day first\) or 2018-05-06 \(month first\); run with --locale fr/);
    assert.match(r.problems[1].message, /"1,500" is ambiguous: 1.5 with a decimal comma \(French\) or 1500 with a thousands separator \(English\); run with --locale fr or --locale en/);
    assert.deepEqual(r.batch.evidence, []);
  });

  it('are read with the locale given', () => {
    const fr = readImportText(text, 'a.csv', { locale: 'fr' });
    assert.deepEqual(fr.problems, []);
    assert.equal(fr.batch.evidence[0].value, 1.5);
    assert.equal(fr.batch.evidence[0].date, '2018-06-05');
    const en = readImportText(text, 'a.csv', { locale: 'en' });
    assert.deepEqual(en.problems, []);
    assert.equal(en.batch.evidence[0].value, 1500);
    assert.equal(en.batch.evidence[0].date, '2018-05-06');
  });

  it('are settled by the other numbers and dates of the file, keeping the file order', () => {
    const settled =
      'candidate;name;kind;date;value;platform\n' +
      'ann;Ann;audience;05/06/2018;1,500;x\n' +
      'ann;Ann;audience;27/11/2018;12 345,6;linkedin\n';
    const r = readImportText(settled, 's.csv');
    assert.deepEqual(r.problems, []);
    assert.deepEqual(
      r.batch.evidence.map((e) => [e.origin?.line, e.date, e.value]),
      [
        [2, '2018-06-05', 1.5],
        [3, '2018-11-27', 12345.6],
      ],
    );
  });

  it('stay ambiguous when the file shows both conventions', () => {
    const mixed = 'candidate,name,kind,date,value,platform\nann,Ann,audience,2018,"1,500",x\nann,Ann,audience,2018,"1,5",x\nann,Ann,audience,2018,0.5,x\n';
    const r = readImportText(mixed, 'm.csv');
    assert.deepEqual(where(r.problems), ['2:value']);
    assert.deepEqual(
      r.batch.evidence.map((e) => e.origin?.line),
      [3, 4],
    );
  });
});

describe('unreadable files', () => {
  it('a missing file is one problem on line 0', async () => {
    const r = await readImportFile(join(dir, 'nope.csv'));
    assert.equal(r.problems.length, 1);
    assert.equal(r.problems[0].line, 0);
    assert.match(r.problems[0].message, /cannot read the file: no such file/);
  });

  it('an unsupported extension is one problem on line 0', async () => {
    const path = join(dir, 'facts.pdf');
    await writeFile(path, 'x');
    const r = await readImportFile(path, { lang: 'fr' });
    assert.deepEqual(where(r.problems), ['0:']);
    assert.match(r.problems[0].message, /type de fichier non pris en charge/);
  });

  it('an empty file, or one with only blank lines, is one problem on line 0', async () => {
    const path = join(dir, 'empty.csv');
    await writeFile(path, '');
    assert.deepEqual(where((await readImportFile(path)).problems), ['0:']);
    const blank = readImportText('\r\n\r\n', 'blank.csv');
    assert.deepEqual(where(blank.problems), ['0:']);
    assert.match(blank.problems[0].message, /the file is empty/);
  });

  it('a file without header is one problem on line 0', () => {
    const r = readImportText('ann,Ann,book,2018\nbob,Bob,book,2019\n', 'nohead.csv');
    assert.deepEqual(where(r.problems), ['0:']);
    assert.match(r.problems[0].message, /no header/);
    assert.equal(r.rows, 0);
  });

  it('an unclosed quote is reported on its line', () => {
    const r = readImportText('candidate,name,kind,date,note\nann,Ann,book,2018,ok\nann,Ann,book,2019,"never closed\n', 'q.csv');
    assert.ok(r.problems.some((p) => p.line === 3 && /never closed/.test(p.message)));
  });
});

describe('files on disk', () => {
  it('reads a CSV file in Windows-1252 (Excel for Windows)', async () => {
    const path = join(dir, 'latin.csv');
    await writeFile(path, Buffer.from('candidat;nom;type;date\r\nemilie;\xc9milie C\xf4t\xe9;livre;2020\r\n', 'latin1'));
    const r = await readImportFile(path);
    assert.deepEqual(r.problems, []);
    assert.equal(r.batch.candidates[0].name, 'Émilie Côté');
  });

  it('reads a CSV file larger than one read, with lines counted across reads', async () => {
    const path = join(dir, 'long.csv');
    const rows = ['candidate,name,kind,date,value,platform,note'];
    for (let i = 0; i < 3000; i++) rows.push(`c${i % 7},Person ${i % 7},post,2020-01-01,1,x,"a, b\nc ${'x'.repeat(40)}"`);
    rows.push('c1,Person 1,post,2020-01-01,zz,x,');
    await writeFile(path, rows.join('\n'));
    const r = await readImportFile(path);
    assert.equal(r.rows, 3001);
    assert.deepEqual(where(r.problems), [`${2 + 3000 * 2}:value`]);
    assert.equal(r.batch.evidence[2999].origin?.line, 2 + 2999 * 2);
    assert.equal(r.batch.candidates.length, 7);
  });

  it('reads JSON arrays and { records } with "record N" in messages', async () => {
    const path = join(dir, 'facts.json');
    await writeFile(
      path,
      JSON.stringify({
        records: [
          { candidat: 'ann', nom: 'Ann', type: 'auditoire', date: '2018-11-27', valeur: 1500, plateforme: 'LinkedIn', part_faux: 0.1 },
          { candidat: 'ann', type: 'livre', date: 'hier' },
          { candidat: 'ann', type: 'identité', plateforme: 'bluesky', identifiant: 'ann.bsky.social', vérifié: true },
        ],
      }),
    );
    const r = await readImportFile(path, { lang: 'en' });
    assert.deepEqual(where(r.problems), ['2:date']);
    assert.match(r.problems[0].message, /^record 2: "hier" is not a date/);
    assert.equal(r.batch.evidence[0].value, 1500);
    assert.equal(r.batch.evidence[0].fakeShare, 0.1);
    assert.deepEqual(r.batch.identities[0], {
      candidateKey: 'ann',
      platform: 'bluesky',
      handle: 'ann.bsky.social',
      url: null,
      verified: true,
      origin: { file: path, line: 3 },
    });
    const arr = readImportText('[{"candidate":"b","name":"B","kind":"book","date":2019}]', 'a.json');
    assert.deepEqual(arr.problems, []);
    assert.equal(arr.batch.evidence[0].date, '2019-01-01');
  });

  it('reads an XLSX sheet: date, number, rich text, formula and hyperlink cells', async () => {
    const path = join(dir, 'facts.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('notes').addRow(['not the facts']);
    const ws = wb.addWorksheet('Preuves');
    ws.addRow(['candidat', 'nom', 'type', 'date', 'valeur', 'plateforme', 'source']);
    ws.addRow(['emilie', { richText: [{ text: 'Émilie ' }, { text: 'Côté', font: { bold: true } }] }, 'auditoire', new Date(Date.UTC(2018, 10, 27)), 12345.5, 'LinkedIn', { text: 'profil', hyperlink: 'https://exemple.ca/emilie' }]);
    ws.addRow(['emilie', null, 'publication', 43431, { formula: '1+1', result: 2 }, 'X', null]);
    ws.addRow([]);
    ws.addRow(['emilie', null, 'livre', 'pas une date', null, null, null]);
    await wb.xlsx.writeFile(path);

    const r = await readImportFile(path, { lang: 'en' });
    assert.deepEqual(where(r.problems), ['5:date']);
    assert.equal(r.rows, 3);
    assert.deepEqual(r.batch.candidates, [{ key: 'emilie', name: 'Émilie Côté', origin: { file: path, line: 2 } }]);
    const [audience, post] = r.batch.evidence;
    assert.equal(audience.date, '2018-11-27');
    assert.equal(audience.value, 12345.5);
    assert.equal(audience.sourceUrl, 'https://exemple.ca/emilie');
    assert.equal(post.date, '2018-11-27', 'an Excel serial number in the date column');
    assert.equal(post.value, 2, 'the cached result of a formula');
    assert.equal(post.origin?.line, 3);
  });
});

describe('more shapes of input', () => {
  it('reports a repeated column and an unnamed column that holds data', () => {
    const r = readImportText('candidate,name,kind,date,Date,\nann,Ann,book,2018,2019,x\nann,Ann,book,2018,,y\n', 'dup.csv');
    assert.deepEqual(where(r.problems), ['1:Date', '2:6']);
    assert.match(r.problems[0].message, /column "Date" repeats column "date"/);
    assert.match(r.problems[1].message, /column 6 has data but no name/);
  });

  it('reports a missing kind column once, on the header', () => {
    const r = readImportText('candidate,name,date\nann,Ann,2018\nbob,Bob,2019\n', 'nokind.csv');
    assert.deepEqual(where(r.problems), ['1:']);
    assert.match(r.problems[0].message, /no column "kind"/);
    assert.equal(r.rows, 2);
  });

  it('checks what each value may be: no % for counts, no k for shares, list size ≥ rank', () => {
    const r = readImportText(
      [
        'candidate,name,kind,date,value,platform,list,list_size',
        'ann,Ann,audience,2018,12 %,x,,',
        'ann,Ann,search_share,2018,1k,,,',
        'ann,Ann,external_rank,,12,,Top 10,10',
        'ann,Ann,audience_country,2018,250,,,',
      ].join('\n'),
      'values.csv',
    );
    assert.deepEqual(where(r.problems), ['2:value', '3:value', '4:list_size', '5:country']);
    assert.match(r.problems[0].message, /a percentage is not expected here/);
    assert.match(r.problems[1].message, /k or M is not expected here/);
    assert.match(r.problems[2].message, /list size 10 is below the rank 12/);
  });

  it('reads a band of an external ranking: value = its first position, band_end = its last', () => {
    const r = readImportText(
      [
        'candidat,nom,type,valeur,liste,taille_liste,fin_tranche',
        'ann,Ann,classement_externe,101,Top 500,500,150',
        'bob,Bob,classement_externe,7,Top 500,500,',
        'cy,Cy,classement_externe,9,Top 500,500,9',
        'dan,Dan,classement_externe,120,Top 500,500,110',
        'eve,Eve,classement_externe,401,Top 500,500,600',
        'fay,Fay,classement_externe,3,Top 500,500,"2,5"',
      ].join('\n'),
      'bands.csv',
    );
    assert.deepEqual(where(r.problems), ['5:fin_tranche', '6:fin_tranche', '7:fin_tranche']);
    assert.match(r.problems[0].message, /fin de tranche 110 est inférieure au rang 120/);
    assert.match(r.problems[1].message, /fin de tranche 600 dépasse la taille de liste 500/);
    assert.match(r.problems[2].message, /2,5.* n’est pas une fin de tranche/);
    const ok = readImportText(['candidate,name,kind,value,list,band_end', 'ann,Ann,external_rank,101,Top 500,150', 'bob,Bob,external_rank,7,Top 500,', 'cy,Cy,external_rank,9,Top 500,9'].join('\n'), 'bands.csv');
    assert.deepEqual(ok.problems, []);
    assert.deepEqual(
      ok.batch.externalRanks.map((e) => [e.candidateKey, e.rank, e.bandEnd ?? null]),
      [
        ['ann', 101, 150],
        ['bob', 7, null],
        ['cy', 9, null],
      ],
    );
  });

  it('reads old Mac line ends (CR) and UTF-16 files with a BOM', async () => {
    const cr = readImportText('candidate,name,kind,date\rann,Ann,book,2018\rann,Ann,book,hier\r', 'cr.csv');
    assert.deepEqual(where(cr.problems), ['3:date']);
    const path = join(dir, 'utf16.txt');
    const text = 'candidat\tnom\ttype\tdate\r\némilie\tÉmilie\tlivre\t2020\r\n';
    await writeFile(path, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const r = await readImportFile(path);
    assert.deepEqual(r.problems, []);
    assert.equal(r.batch.candidates[0].name, 'Émilie');
  });

  it('reports JSON that is not JSON, not an array of records, or holds nested values', () => {
    assert.match(readImportText('[{"a":', 'bad.json').problems[0].message, /not valid JSON/);
    assert.match(readImportText('{"rows": []}', 'shape.json').problems[0].message, /expected an array of objects/);
    const nested = readImportText('[{"candidate":"a","name":"A","kind":"book","date":"2019","note":{"x":1}}, 3]', 'n.json');
    assert.deepEqual(where(nested.problems), ['1:note', '2:']);
    assert.match(nested.problems[0].message, /^record 1: this value is a list or an object/);
  });

  it('reads an XLSX hyperlink cell of the url column as its address', async () => {
    const path = join(dir, 'links.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Feuil1');
    ws.addRow(['candidate', 'name', 'kind', 'platform', 'url', 'verified']);
    ws.addRow(['ann', 'Ann', 'profile', 'Bluesky', { text: 'Ann on Bluesky', hyperlink: 'https://bsky.app/profile/ann' }, true]);
    await wb.xlsx.writeFile(path);
    const r = await readImportFile(path);
    assert.deepEqual(r.problems, []);
    assert.deepEqual(r.batch.identities, [
      { candidateKey: 'ann', platform: 'bluesky', handle: null, url: 'https://bsky.app/profile/ann', verified: true, origin: { file: path, line: 2 } },
    ]);
  });
});

describe('pathological cells', () => {
  it('stay fast: long runs of underscores in vocabulary, kind, header and name cells', () => {
    const long = `a${'_'.repeat(200_000)}b`;
    const t0 = performance.now();
    const r = readImportText(
      `candidate,name,kind,date,platform,country,language,${long}\nann,Ann,post,2020,${long},${long},${long},\nann,${long},${long},2020,x,,,\n`,
      'long.csv',
    );
    assert.ok(performance.now() - t0 < 2000, 'linear in the size of the cells');
    assert.deepEqual(where(r.problems), ['1:' + long, '2:country', '2:language', '3:name', '3:kind']);
  });
});

describe('readImportFileInto', () => {
  it('rethrows an error of its caller’s step instead of reporting it as a problem of the file', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { readImportFileInto } = await import('./index.js');
    const f = join(mkdtempSync(join(tmpdir(), 'eclaireur-into-')), 'a.csv');
    writeFileSync(f, 'candidate,name,kind,date,platform\nana,Ana,post,2024-01-01,x\n');
    await assert.rejects(
      readImportFileInto(f, undefined, () => {
        throw new Error('the caller failed');
      }),
      /the caller failed/,
    );
    const ok = await readImportFileInto(f, undefined, () => {});
    assert.deepEqual(ok.problems, []);
  });
});
