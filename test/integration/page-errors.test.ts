/**
 * Errors on the pages are pages: in the site's look and the person's language, with the error
 * beside the field where there is one — never the API's JSON.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeContext, type TestContext } from '../helpers/context';
import { ORIGIN, textOf } from './officer-helpers';

let t: TestContext;
beforeEach(async () => {
  t = await makeContext();
});
afterEach(async () => {
  await t.close();
});

/** A multipart form with a 13 MB file: over the app's 12 MB body limit. */
function oversizedForm(): FormData {
  const form = new FormData();
  form.set('requester.name', 'Siti Rahma');
  form.set('identityDocument', new File([new Uint8Array(13 * 1024 * 1024)], 'ktp.pdf', { type: 'application/pdf' }));
  return form;
}

describe('a body over the size limit on a page', () => {
  it('shows the request form again with the error beside the file field, in the language the person chose', async () => {
    const res = await t.app.request(`${ORIGIN}/ajukan`, { method: 'POST', body: oversizedForm(), headers: { Origin: ORIGIN, Cookie: 'terbuka_lang=en' } });
    expect(res.status).toBe(413);
    expect(res.headers.get('Content-Type')).toMatch(/^text\/html/);
    const html = await res.text();
    expect(html).toMatch(/<span class="field-error" id="f-identityDocument-error">[^<]*<span[^>]*>[^<]*<\/span>\s*The file is too large: 5 MB at most\./);
    expect(textOf(html)).toContain('The form you sent was too large (over 12 MB)');
    expect(html).toContain('<form'); // the form itself, ready to be filled again
    expect(await t.deps.db.selectFrom('cases').select('id').execute()).toHaveLength(0);
  });

  it("answers any other page with a page in the site's look, in Indonesian by default", async () => {
    const res = await t.app.request(`${ORIGIN}/lacak`, { method: 'POST', body: oversizedForm(), headers: { Origin: ORIGIN } });
    expect(res.status).toBe(413);
    expect(res.headers.get('Content-Type')).toMatch(/^text\/html/);
    const text = textOf(await res.text());
    expect(text).toContain('Berkas atau isian terlalu besar');
    expect(text).toContain('Permintaan terlalu besar.');
    expect(text).toContain('Kembali ke formulir');
  });

  it('still answers the API with JSON', async () => {
    const res = await t.app.request('/api/v1/requests', { method: 'POST', body: oversizedForm() });
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({ error: { code: 'too_large', message: 'Permintaan terlalu besar.' } });
  });
});

describe('small things a browser asks for', () => {
  it('has an icon, linked from every page and at /favicon.ico', async () => {
    const home = await (await t.app.request('/')).text();
    expect(home).toContain('<link rel="icon" href="/public/favicon.svg" type="image/svg+xml"/>');
    const ico = await t.app.request('/favicon.ico');
    expect(ico.status).toBe(301);
    expect(ico.headers.get('Location')).toBe('/public/favicon.svg');
    const svg = await t.app.request('/public/favicon.svg');
    expect(svg.status).toBe(200);
    expect(svg.headers.get('Content-Type')).toMatch(/^image\/svg\+xml/);
  });

  it('opens the administration at /admin (its first page decides who may see it)', async () => {
    const res = await t.app.request('/admin');
    expect(res.status).toBe(303);
    expect(res.headers.get('Location')).toBe('/admin/pengguna');
  });
});
