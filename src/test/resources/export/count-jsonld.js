// Prints the number of distinct RDF statements in a JSON-LD file, read by the reference
// JavaScript implementation (npm "jsonld"), with every remote fetch refused.
// Usage: node count-jsonld.js NODE_MODULES_DIR FILE.jsonld
const jsonld = require(process.argv[2] + '/jsonld');
const fs = require('fs');
const doc = JSON.parse(fs.readFileSync(process.argv[3], 'utf8'));
const offline = (url) => { throw new Error('refusing to fetch ' + url); };
jsonld.toRDF(doc, {format: 'application/n-quads', documentLoader: offline})
  .then(nquads => console.log(new Set(nquads.split('\n').filter(l => l.length > 0)).size))
  .catch(e => { console.error(e.message); process.exit(1); });
