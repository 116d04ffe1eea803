// Apollo Client's development build: its cache warnings (lost data, missing fields) are
// printed only there. Imported before @apollo/client, which reads the flag when it loads.
(globalThis as { __DEV__?: boolean }).__DEV__ = true;
