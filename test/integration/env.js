// The local tenant serves HTTPS with a certificate it generates itself; trust it in this test process only.
process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
