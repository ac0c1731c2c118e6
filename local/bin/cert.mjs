// A self-signed certificate for localhost, generated on first start and kept in the data folder.
// HTTPS is needed because the Graph client only adds its headers and follows @odata.nextLink on https.
import * as fs from 'node:fs';
import * as path from 'node:path';
import selfsigned from 'selfsigned';

export function ensureCertificate(dataDir) {
  const keyFile = path.join(dataDir, 'localhost-key.pem');
  const certFile = path.join(dataDir, 'localhost-cert.pem');
  if (!fs.existsSync(keyFile) || !fs.existsSync(certFile)) {
    fs.mkdirSync(dataDir, { recursive: true });
    const pems = selfsigned.generate([{ name: 'commonName', value: 'localhost' }], {
      days: 825,
      keySize: 2048,
      algorithm: 'sha256',
      extensions: [
        { name: 'basicConstraints', cA: false },
        { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
        { name: 'extKeyUsage', serverAuth: true },
        { name: 'subjectAltName', altNames: [{ type: 2, value: 'localhost' }, { type: 7, ip: '127.0.0.1' }] }
      ]
    });
    fs.writeFileSync(keyFile, pems.private, { mode: 0o600 });
    fs.writeFileSync(certFile, pems.cert);
  }
  return { keyFile, certFile };
}
