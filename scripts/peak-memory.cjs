// Loaded with `node --require` by the bench: prints the process's peak resident memory when it exits.
process.on('exit', () => {
  process.stderr.write(`peak-rss-kb=${process.resourceUsage().maxRSS}\n`);
});
