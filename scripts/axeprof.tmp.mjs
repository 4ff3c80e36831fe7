import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { chromiumArgs, chromiumPath } from '/work/main/scripts/chromium.mjs';
const axe = readFileSync('/work/main/node_modules/axe-core/axe.min.js','utf8');
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
const page = await browser.newPage();
for (const path of ['/fr/migrants/vos-options/','/fr/praticiens/reintegration/']) {
  let t=Date.now();
  await page.goto('http://127.0.0.1:4400'+path);
  console.log(path,'goto',Date.now()-t); t=Date.now();
  await page.evaluate(axe); console.log('inject',Date.now()-t); t=Date.now();
  const tags=['wcag2a','wcag2aa','wcag21a','wcag21aa','wcag22aa','best-practice'];
  const r = await page.evaluate(async(tags)=>{const r=await axe.run(document,{runOnly:{type:'tag',values:tags}, performanceTimer:false});return r.passes.length+r.violations.length+r.incomplete.length+r.inapplicable.length},tags);
  console.log('full run',Date.now()-t, r); t=Date.now();
  const rules = await page.evaluate((tags)=>axe.getRules(tags).map(r=>r.ruleId),tags);
  const times=[];
  for (const rule of rules){ const t0=Date.now(); await page.evaluate(async(rule)=>axe.run(document,{runOnly:{type:'rule',values:[rule]}}),rule); times.push([rule,Date.now()-t0]); }
  times.sort((a,b)=>b[1]-a[1]); console.log(times.slice(0,12).map(x=>x.join(':')).join(' '), 'sum', times.reduce((s,x)=>s+x[1],0));
  t=Date.now();
  await page.evaluate(async()=>axe.run(document,{runOnly:{type:'rule',values:['region']}})); console.log('one rule',Date.now()-t);
}
await browser.close();
