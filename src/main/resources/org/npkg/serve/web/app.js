// npkg's query page. The question library comes from /api/queries; a library question runs on
// the server (/api/run), which binds its parameters as RDF terms — this script never puts a
// value into SPARQL text. Free SPARQL goes to the read-only endpoint /npkg/sparql. Every value
// shown is set as text, never as HTML.
'use strict';

const state = { prefixes: {} };

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v !== undefined && v !== null) node.setAttribute(k, v);
  }
  for (const child of children) {
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function shortForm(iri) {
  let best = null;
  for (const [prefix, ns] of Object.entries(state.prefixes)) {
    if (iri.startsWith(ns) && (best === null || ns.length > best[1].length)) best = [prefix, ns];
  }
  return best ? best[0] + ':' + iri.substring(best[1].length) : iri;
}

function cell(term) {
  if (!term) return el('td', {});
  if (term.type === 'uri') {
    const href = term.value.startsWith('https://doi.org/') ? term.value : '/page?iri=' + encodeURIComponent(term.value);
    return el('td', {}, el('a', { href: href }, shortForm(term.value)));
  }
  return el('td', {}, term.value);
}

function showStatus(text, isError) {
  const status = document.getElementById('status');
  status.textContent = text;
  status.className = isError ? 'error' : '';
}

function showResults(title, json) {
  document.getElementById('result-title').textContent = title;
  const results = document.getElementById('results');
  results.replaceChildren();
  if (typeof json.boolean === 'boolean') {
    showStatus('Answer: ' + (json.boolean ? 'yes' : 'no'));
    return;
  }
  const vars = json.head.vars;
  const rows = json.results.bindings;
  const table = el('table', { id: 'result-table' }, el('tr', {}, ...vars.map(v => el('th', {}, v))));
  for (const row of rows) {
    table.append(el('tr', { class: 'result-row' }, ...vars.map(v => cell(row[v]))));
  }
  results.append(table);
  showStatus(rows.length + (rows.length === 1 ? ' row' : ' rows'));
}

async function answer(response) {
  const type = response.headers.get('Content-Type') || '';
  if (!response.ok) {
    let message = response.status + ' ' + response.statusText;
    if (type.includes('json')) {
      const body = await response.json();
      message = body.message || message;
    } else {
      message = (await response.text()).trim() || message;
    }
    throw new Error(message);
  }
  return response.json();
}

async function runQuestion(question, values) {
  const params = new URLSearchParams({ query: question.name });
  for (const [name, value] of Object.entries(values)) {
    if (value.trim() !== '') params.append('param.' + name, value.trim());
  }
  showStatus('Running “' + question.title + '”…');
  try {
    const json = await answer(await fetch('/api/run?' + params.toString(), { headers: { Accept: 'application/sparql-results+json' } }));
    showResults(question.title, json);
  } catch (e) {
    showStatus(e.message, true);
  }
}

async function runSparql(text) {
  showStatus('Running SPARQL…');
  try {
    const response = await fetch('/npkg/sparql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/sparql-results+json' },
      body: new URLSearchParams({ query: text }).toString()
    });
    showResults('SPARQL', await answer(response));
  } catch (e) {
    showStatus(e.message, true);
  }
}

function questionForm(question) {
  const form = el('form', { 'data-query': question.name });
  form.append(el('p', { class: 'hint' }, question.description));
  for (const p of question.parameters) {
    const input = el('input', { name: p.name, placeholder: p.default || '(all)', 'aria-label': p.name });
    form.append(el('label', {}, p.name + (p.description ? ' — ' + p.description : ''), input));
  }
  form.append(el('button', { type: 'submit' }, 'Run'));
  form.addEventListener('submit', event => {
    event.preventDefault();
    const values = {};
    for (const p of question.parameters) values[p.name] = form.elements[p.name].value;
    runQuestion(question, values);
  });
  return el('details', { class: 'question', id: 'q-' + question.name }, el('summary', {}, question.title), form);
}

async function start() {
  const library = await answer(await fetch('/api/queries'));
  state.prefixes = library.prefixes;
  const list = document.getElementById('questions');
  list.replaceChildren(...library.queries.map(questionForm));
  const prefixLines = Object.entries(state.prefixes).map(([p, ns]) => 'PREFIX ' + p + ': <' + ns + '>').join('\n');
  const box = document.getElementById('sparql');
  box.value = prefixLines + '\n\nSELECT ?finding ?subject ?relation ?object WHERE {\n'
    + '  ?finding a np:Finding ; np:subject ?subject ; np:relation ?relation ; np:object ?object .\n} LIMIT 25\n';
  document.getElementById('sparql-form').addEventListener('submit', event => {
    event.preventDefault();
    runSparql(box.value);
  });
  const wanted = new URLSearchParams(window.location.search);
  const name = wanted.get('run');
  if (name) {
    const question = library.queries.find(q => q.name === name);
    if (!question) {
      showStatus('No library question named ' + name, true);
      return;
    }
    const values = {};
    for (const p of question.parameters) values[p.name] = wanted.get('param.' + p.name) || '';
    document.getElementById('q-' + name).open = true;
    await runQuestion(question, values);
  }
}

document.addEventListener('DOMContentLoaded', () => start().catch(e => showStatus(e.message, true)));
