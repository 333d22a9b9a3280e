/**
 * Receiving uploaded files: the multipart/form-data "file" parts of a request, each streamed to
 * its own temporary file as it arrives (never held whole in memory), checked by extension and
 * against the upload limit. On any problem the files received so far are deleted and a problem
 * naming the file is thrown; otherwise the caller owns the directory (and deletes it when its
 * job ends).
 */
import { createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, rm, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { httpMessages } from './messages.js';
import { ProblemError } from './problem.js';

export interface Upload {
  path: string;
  /** The name the client gave (its base name). */
  name: string;
  bytes: number;
}

export interface ReceivedUploads {
  dir: string;
  files: Upload[];
}

export async function receiveUploads(
  app: FastifyInstance,
  req: FastifyRequest,
  o: {
    prefix: string;
    accepts(name: string): boolean;
    badExtension(name: string): string;
    /** At most one file: a second part is refused with this message (a validation problem on `file`). */
    oneFile?: string;
    /** The name of a part sent without a file name. */
    defaultName?: string;
  },
): Promise<ReceivedUploads> {
  const m = httpMessages(app.eclaireur.langOf(req));
  if (!req.isMultipart()) throw new ProblemError('bad-request', m.notMultipart, [{ in: 'headers', field: 'content-type', detail: m.notMultipart }], 415);
  const dir = await mkdtemp(join(app.eclaireur.uploadDir, o.prefix));
  const files: Upload[] = [];
  try {
    for await (const part of req.parts()) {
      if (part.type !== 'file') continue;
      const name = basename(part.filename || o.defaultName || 'upload');
      if (o.oneFile !== undefined && files.length > 0) {
        part.file.resume();
        throw new ProblemError('validation', o.oneFile, [{ in: 'body', field: 'file', pointer: '/file', detail: o.oneFile }]);
      }
      if (!o.accepts(name)) {
        part.file.resume();
        throw new ProblemError('unsupported-file', o.badExtension(name), [{ in: 'file', file: name, field: part.fieldname, detail: o.badExtension(name) }]);
      }
      // One directory per part: two uploads may share a name.
      const sub = join(dir, String(files.length));
      await mkdir(sub);
      const path = join(sub, name);
      await pipeline(part.file, createWriteStream(path));
      if (part.file.truncated) throw new ProblemError('payload-too-large', m.tooLarge(name, app.eclaireur.maxUploadBytes), [{ in: 'file', file: name, detail: m.tooLarge(name, app.eclaireur.maxUploadBytes) }]);
      files.push({ path, name, bytes: (await stat(path)).size });
    }
    if (files.length === 0) throw new ProblemError('validation', m.noFile, [{ in: 'body', field: 'file', pointer: '/file', detail: m.noFile }]);
    return { dir, files };
  } catch (e) {
    await rm(dir, { recursive: true, force: true });
    throw e;
  }
}

/** Whether `name` ends with one of `extensions` (lower case, with the dot; `.txt.gz` counts as `.gz`). */
export const hasExtension = (extensions: ReadonlySet<string>) => (name: string) => extensions.has(extname(name).toLowerCase());
