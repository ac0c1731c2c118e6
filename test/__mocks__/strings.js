// Loads the real AMD strings module (src/loc/en-us.js) so tests see the same text users see.
const fs = require('fs');
const path = require('path');
const source = fs.readFileSync(path.join(__dirname, '../../src/loc/en-us.js'), 'utf8');
let strings;
// eslint-disable-next-line no-new-func -- reason: evaluate the AMD module with a local define()
new Function('define', source)((_deps, factory) => { strings = factory(); });
module.exports = strings;
