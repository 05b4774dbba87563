import fs from 'fs';
import path from 'path';
import { bootApp, type TestApp } from './helpers/strapi';
import { withFile } from './helpers/applications';
import { addDays, isWorkingDay, todayInShanghai, workingDayPeriod, type CalendarException } from '@sme-cluster/rules';

/**
 * 公示 in working days by the official calendar and the province's exceptions, and how the public
 * objects: the call notice's contact on the public site and the application's page.
 */
jest.setTimeout(120_000);

const SETTINGS = 'api::setting.setting';
const example = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'rules', 'examples', 'eligible.json'), 'utf8'));

let app: TestApp;
let county: string;
let province: string;
let noticeId: string;
let fileId: number;

beforeAll(async () => {
  app = await bootApp();
  [county, province] = await Promise.all(['county-520115@demo.local', 'province@demo.local'].map((email) => app.login(email)));
  noticeId = (await app.as(province).get('/api/console/call-notices').expect(200)).body[0].id;
  fileId = (await app.strapi.db.query('plugin::upload.file').findOne({})).id;
}, 120_000);
afterAll(async () => {
  await app?.stop();
});

const storedSettings = () =>
  app.strapi.documents(SETTINGS as never).findFirst({ populate: { calendarExceptions: true } as never }) as Promise<Record<string, any>>;
const saveExceptions = async (calendarExceptions: CalendarException[]) =>
  app.strapi.documents(SETTINGS as never).update({ documentId: (await storedSettings()).documentId, data: { calendarExceptions } as never });

/** An application of the demo call, arranged as shortlisted: the province's next step is to open its 公示. */
async function shortlisted(): Promise<string> {
  const created = await app
    .as(county)
    .post('/api/console/applications')
    .send({ callNoticeId: noticeId, form: withFile(example.form, fileId) })
    .expect(201);
  await app.strapi.db.query('api::application.application').update({ where: { documentId: created.body.id }, data: { status: 'shortlisted' } });
  return created.body.id;
}

describe("the province's working-day exceptions (settings)", () => {
  it('refuses a date listed twice in Chinese and English, and stores nothing', async () => {
    const before = await storedSettings();
    await expect(
      saveExceptions([
        { date: '2027-02-05', kind: 'holiday', note: '春节' },
        { date: '2027-02-05', kind: 'working_day', note: '调休' },
      ]),
    ).rejects.toThrow(/calendarExceptions\.1\.date: 日期 2027-02-05 重复 \/ The date 2027-02-05 is listed twice/);
    const after = await storedSettings();
    expect(after.version).toBe(before.version);
    expect(after.calendarExceptions).toEqual([]);
  });
});

describe('opening a public notice', () => {
  it('counts working days across a holiday the province declared, and audits the exceptions saved', async () => {
    const today = todayInShanghai();
    // The five days after today are declared holidays, whatever the official calendar says of them.
    const holidays: CalendarException[] = [1, 2, 3, 4, 5].map((days) => ({ date: addDays(today, days), kind: 'holiday', note: '测试：省级调整的放假日' }));
    await saveExceptions(holidays);
    const event = (
      await app.strapi.db.query('api::audit-event.audit-event').findMany({ where: { subjectType: 'settings' }, orderBy: { id: 'desc' }, limit: 1 })
    )[0];
    expect(event.details.changes.map((change: { path: string }) => change.path)).toEqual(['calendar.exceptions']);

    const id = await shortlisted();
    const opened = await app.as(province).post(`/api/applications/${id}/transitions`).send({ action: 'openPublicNotice' }).expect(200);
    const days = (await app.as(province).get(`/api/console/call-notices/${noticeId}`).expect(200)).body.publicNoticeDays;
    // By hand: the first working day from today, then the remaining days counted after the five holidays.
    let startsOn = today;
    while (!isWorkingDay(startsOn, holidays)) startsOn = addDays(startsOn, 1);
    let endsOn = startsOn;
    for (let counted = 1; counted < days;) {
      endsOn = addDays(endsOn, 1);
      if (endsOn > addDays(today, 5) && isWorkingDay(endsOn)) counted += 1;
    }
    expect(opened.body).toMatchObject({ status: 'public_notice', publicNoticeStartsOn: startsOn, publicNoticeEndsOn: endsOn });
    expect(endsOn > addDays(today, 5)).toBe(true);
    // Without the exceptions the period would end earlier: the server did count them.
    expect(workingDayPeriod(today, days).endsOn < endsOn).toBe(true);
    await saveExceptions([]);
  });
});

describe("the call notice's contact for objections", () => {
  const notice = () => app.as(province).get(`/api/console/call-notices/${noticeId}`).expect(200);

  it('refuses a malformed phone or e-mail with field messages in Chinese and English, and changes nothing', async () => {
    const before = (await notice()).body;
    const refused = await app
      .as(province)
      .put(`/api/console/call-notices/${noticeId}`)
      .send({ ...before, contactPhone: '打电话', contactEmail: 'not-an-address' })
      .expect(400);
    const errors = refused.body.error.details.errors as Array<{ path: string; message: { zh: string; en: string } }>;
    expect(errors).toEqual(
      expect.arrayContaining([
        { path: 'contactPhone', message: { zh: expect.stringContaining('电话号码格式不正确'), en: expect.stringContaining('Not a phone number') } },
        { path: 'contactEmail', message: { zh: '电子邮箱格式不正确', en: 'Not an e-mail address' } },
      ]),
    );
    expect((await notice()).body).toMatchObject({ contactPhone: before.contactPhone, contactEmail: before.contactEmail });
  });

  it('is shown with the open public notice on the public site and on the application in the console', async () => {
    const before = (await notice()).body;
    const saved = await app
      .as(province)
      .put(`/api/console/call-notices/${noticeId}`)
      .send({
        ...before,
        contactName: '李华',
        contactPhone: '0851-86666666转8',
        contactEmail: 'gsyy@gzgxt.example.cn',
        contactAddress: '贵阳市观山湖区测试路1号',
      })
      .expect(200);
    expect(saved.body).toMatchObject({ contactName: '李华', contactPhone: '0851-86666666转8' });

    // Today counts as a working day, so the 公示 opened now is running today even on a weekend.
    await saveExceptions([{ date: todayInShanghai(), kind: 'working_day', note: '测试：省级调整的上班日' }]);
    const id = await shortlisted();
    const opened = await app.as(province).post(`/api/applications/${id}/transitions`).send({ action: 'openPublicNotice' }).expect(200);
    expect(opened.body.publicNoticeStartsOn).toBe(todayInShanghai());
    const contact = '异议联系人：李华；联系电话：0851-86666666转8；电子邮箱：gsyy@gzgxt.example.cn；通讯地址：贵阳市观山湖区测试路1号';
    const page = await app.http.get('/').expect(200);
    expect(page.text).toContain(`<strong>联系方式：</strong>${contact}`);
    const notices = (await app.http.get('/api/public/notices').expect(200)).body;
    expect(JSON.stringify(notices)).toContain(contact);
    const shown = await app.as(province).get(`/api/console/applications/${id}`).expect(200);
    expect(shown.body.objectionContact).toBe(contact);
  });
});
