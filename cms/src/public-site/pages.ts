import { createHash } from 'crypto';
import type { FieldError } from '@sme-cluster/rules';
import { INDUSTRY_TYPE_WORDS } from '@sme-cluster/rules';
import { Html, html } from './html';
import { todayInShanghai } from '@sme-cluster/rules';
import { type ClusterFilter, type PublicCluster, type PublicList, type PublicNotice, type PublicRegion } from './queries';

const SITE_NAME = '贵州省中小企业特色产业集群';
const PUBLISHER = '贵州省工业和信息化厅';

/** Contrast of every text colour on its background is at least 4.5:1 (WCAG AA). */
const STYLE = `
*{box-sizing:border-box}
body{margin:0;font:16px/1.6 "Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif;color:#1f2328;background:#fff}
a{color:#0a53be}a:focus,button:focus,input:focus,select:focus{outline:3px solid #c45500;outline-offset:2px}
.skip{position:absolute;left:-999px;top:0;background:#fff;padding:.5em 1em}.skip:focus{left:1em}
header,main,footer{max-width:72rem;margin:0 auto;padding:0 1rem}
header{border-bottom:4px solid #a4161a}header p{margin:.8em 0;font-size:1.1em;font-weight:bold}
h1{font-size:1.6em;margin:.8em 0 .4em}h2{font-size:1.3em;margin:1.6em 0 .4em;border-left:6px solid #a4161a;padding-left:.5em}h3{font-size:1.15em;margin:1.2em 0 .3em}h4{font-size:1em;margin:1em 0 .3em}
table{border-collapse:collapse;width:100%;margin:.5em 0 1em}caption{text-align:left;color:#4a4f55;padding:.3em 0}
th,td{border:1px solid #c9ced6;padding:.4em .5em;text-align:left;vertical-align:top}th{background:#eef1f5}
.mark{color:#a4161a;font-weight:bold;margin-left:.4em}.muted{color:#4a4f55}
.notice{border:1px solid #c9ced6;padding:0 1em .5em;margin:1em 0}.objection{background:#fff8e6;border-left:4px solid #c45500;padding:.5em 1em}
form{display:flex;flex-wrap:wrap;gap:.8em 1.2em;align-items:flex-end;background:#f6f8fa;padding:1em;border:1px solid #c9ced6}
fieldset{border:0;margin:0;padding:0;display:contents}legend{width:100%;font-weight:bold}
label{display:flex;flex-direction:column;font-size:.95em}input,select,button{font:inherit;padding:.3em .4em;border:1px solid #6b7280;border-radius:3px;color:#1f2328;background:#fff}
button{background:#0a53be;color:#fff;border-color:#0a53be;cursor:pointer}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.3em 1.2em}dt{font-weight:bold}dd{margin:0}
.errors{border:2px solid #a4161a;padding:.5em 1em}footer{margin-top:3em;border-top:1px solid #c9ced6;color:#4a4f55;font-size:.9em}
`;

/** The page allows its one inline style by hash and nothing else: no scripts, no external resources. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  `style-src 'sha256-${createHash('sha256').update(STYLE).digest('base64')}'`,
  "img-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

export const HTML_TYPE = 'text/html; charset=utf-8';

function zhDate(iso: string | null): string {
  if (!iso) return '—';
  const [year, month, day] = iso.slice(0, 10).split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

const regionText = (prefecture: PublicRegion | null, county: PublicRegion | null) => [prefecture?.name, county?.name].filter(Boolean).join(' ') || '—';

const multiline = (value: string) => value.split(/\r?\n/).map((line, index) => html`${index ? html`<br>` : ''}${line}`);

function layout(title: string, main: Html, isHome = false): string {
  return html`<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${isHome ? `${SITE_NAME}名单公示与公布` : `${title} — ${SITE_NAME}`}</title>
<style>${new Html(STYLE)}</style>
</head>
<body>
<a class="skip" href="#main">跳到主要内容</a>
<header><p><a href="/">${SITE_NAME}</a></p></header>
<main id="main">
${main}
</main>
<footer><p>发布单位：${PUBLISHER}。依据《贵州省促进中小企业特色产业集群发展暂行办法》第十六条，经公示无异议的集群确定为省级集群并向社会公开发布。</p></footer>
</body>
</html>
`.value;
}

function noticeSection(notices: PublicNotice[]): Html {
  const body = notices.length
    ? notices.map(
        (notice) => html`<section class="notice">
<h3>${notice.callNotice.title || `${notice.callNotice.year}年度集群认定`}${notice.callNotice.documentNumber ? html` <span class="muted">（${notice.callNotice.documentNumber}）</span>` : ''}</h3>
<p><strong>公示期：</strong>${zhDate(notice.startsOn)} 至 ${zhDate(notice.endsOn)}</p>
<table>
<caption>拟认定集群名单（${notice.entries.length} 个）</caption>
<thead><tr><th scope="col">序号</th><th scope="col">集群名称</th><th scope="col">所在地区</th><th scope="col">运营管理机构</th></tr></thead>
<tbody>${notice.entries.map(
          (entry, index) =>
            html`<tr><td>${index + 1}</td><td>${entry.clusterName}</td><td>${regionText(entry.prefecture, entry.county)}</td><td>${entry.operatorName ?? '—'}</td></tr>`,
        )}</tbody>
</table>
<div class="objection"><p><strong>异议方式：</strong>${
          notice.callNotice.objectionInstructions
            ? multiline(notice.callNotice.objectionInstructions)
            : `对公示名单有异议的，请于公示期内向${PUBLISHER}书面反映，具体方式以公示通知为准。`
        }</p>${notice.callNotice.objectionContact ? html`<p class="contact"><strong>联系方式：</strong>${notice.callNotice.objectionContact}</p>` : ''}</div>
</section>`,
      )
    : html`<p>目前没有正在公示的集群。</p>`;
  return html`<section aria-labelledby="notices"><h2 id="notices">正在公示</h2>${body}</section>`;
}

function clusterRow(cluster: PublicCluster, index: number): Html {
  return html`<tr><td>${index + 1}</td><td><a href="/public/clusters/${cluster.documentId}">${cluster.name}</a>${cluster.mark ? html`<span class="mark">${cluster.mark}</span>` : ''}</td><td>${regionText(cluster.prefecture, cluster.county)}</td><td>${cluster.leadingIndustry}</td><td>${cluster.industryType ?? '—'}</td><td>${cluster.operatorName ?? '—'}</td><td>${zhDate(cluster.recognizedAt)}</td><td>${zhDate(cluster.validUntil)}</td></tr>`;
}

function filterForm(filter: ClusterFilter, prefectures: PublicRegion[]): Html {
  const option = (value: string, label: string, selected: boolean) => html`<option value="${value}"${selected ? html` selected` : ''}>${label}</option>`;
  return html`<form method="get" action="/" role="search">
<fieldset><legend>筛选认定名单</legend>
<label for="f-prefecture">市（州）<select id="f-prefecture" name="prefecture">${option('', '全部市（州）', !filter.prefecture)}${prefectures.map((p) => option(p.code, p.name, p.code === filter.prefecture))}</select></label>
<label for="f-type">产业类型<select id="f-type" name="industryType">${option('', '全部', !filter.industryType)}${Object.entries(INDUSTRY_TYPE_WORDS).map(([key, label]) => option(key, label, key === filter.industryType))}</select></label>
<label for="f-industry">主导产业<input id="f-industry" name="industry" type="text" maxlength="60" value="${filter.industry ?? ''}"></label>
<label for="f-q">集群名称<input id="f-q" name="q" type="search" maxlength="60" value="${filter.q ?? ''}"></label>
<button type="submit">查询</button> <a href="/">清除筛选</a>
</fieldset>
</form>`;
}

function listsSection(lists: PublicList[], filter: ClusterFilter, prefectures: PublicRegion[]): Html {
  const filtered = Object.values(filter).some(Boolean);
  const years = [...new Set(lists.map((list) => list.year))];
  const body = lists.length
    ? years.map(
        (year) =>
          html`<section aria-labelledby="y${year}"><h3 id="y${year}">${year}年</h3>${lists
            .filter((list) => list.year === year)
            .map(
              (list) => html`<h4>${list.title}</h4>
<p class="muted">文号：${list.documentNumber}　发布日期：${zhDate(list.issuedOn ?? todayInShanghai(new Date(list.publishedAt)))}</p>
${
  list.clusters.length
    ? html`<table>
<caption>${list.title}${filtered ? '（按筛选条件）' : ''}，共 ${list.clusters.length} 个集群</caption>
<thead><tr><th scope="col">序号</th><th scope="col">集群名称</th><th scope="col">所在地区</th><th scope="col">主导产业</th><th scope="col">产业类型</th><th scope="col">运营管理机构</th><th scope="col">认定日期</th><th scope="col">有效期至</th></tr></thead>
<tbody>${list.clusters.map(clusterRow)}</tbody>
</table>`
    : html`<p>${filtered ? '该名单中没有符合筛选条件的集群。' : '该名单暂无集群。'}</p>`
}`,
            )}</section>`,
      )
    : html`<p>暂无已发布的认定名单。</p>`;
  return html`<section aria-labelledby="lists"><h2 id="lists">认定名单</h2>
<p>名单保留发布时的全部集群；已被撤销认定或有效期已满的集群在名称后注明。</p>
${filterForm(filter, prefectures)}
${body}</section>`;
}

export function homePage(data: { notices: PublicNotice[]; lists: PublicList[]; filter: ClusterFilter; prefectures: PublicRegion[] }): string {
  return layout(
    SITE_NAME,
    html`<h1>${SITE_NAME}</h1>
<p>公示期内的拟认定集群与已发布的省级集群认定名单。</p>
${noticeSection(data.notices)}
${listsSection(data.lists, data.filter, data.prefectures)}`,
    true,
  );
}

export function clusterPage(cluster: PublicCluster): string {
  return layout(
    cluster.name,
    html`<h1>${cluster.name}${cluster.mark ? html`<span class="mark">${cluster.mark}</span>` : ''}</h1>
<h2>认定信息</h2>
<dl>
<dt>所在地区</dt><dd>${regionText(cluster.prefecture, cluster.county)}</dd>
<dt>主导产业</dt><dd>${cluster.leadingIndustry}</dd>
<dt>产业类型</dt><dd>${cluster.industryType ?? '—'}</dd>
<dt>运营管理机构</dt><dd>${cluster.operatorName ?? '—'}</dd>
<dt>认定日期</dt><dd>${zhDate(cluster.recognizedAt)}</dd>
<dt>有效期至</dt><dd>${zhDate(cluster.validUntil)}</dd>
<dt>认定状态</dt><dd>${cluster.mark ?? '有效期内'}</dd>
</dl>
<h2>所在认定名单</h2>
${cluster.listDocumentNumbers.length ? html`<ul>${cluster.listDocumentNumbers.map((number) => html`<li>${number}</li>`)}</ul>` : html`<p>尚未列入已发布的认定名单。</p>`}
<p><a href="/">返回名单</a></p>`,
  );
}

const FIELD_LABELS: Record<string, string> = { prefecture: '市（州）', industryType: '产业类型', industry: '主导产业', q: '集群名称' };

export function errorPage(status: 400 | 404, errors: FieldError[] = []): string {
  if (status === 404) {
    return layout('页面不存在', html`<h1>页面不存在</h1><p>您访问的页面不存在或该集群未公开发布。</p><p><a href="/">返回首页</a></p>`);
  }
  return layout(
    '查询条件有误',
    html`<h1>查询条件有误</h1><div class="errors" role="alert"><ul>${errors.map((error) => html`<li>${FIELD_LABELS[error.path] ? `${FIELD_LABELS[error.path]}：` : ''}${error.message.zh}</li>`)}</ul></div><p><a href="/">返回首页</a></p>`,
  );
}
