// A reader that stops reading (`teamscan analyze … | head`) ends the program quietly, as other tools end.

/**
 * Once standard output or error is a closed pipe (EPIPE), nothing more can be shown: the program ends with the
 * exit code it has so far (0 when nothing failed), without a message or a stack. Any other stream error stays
 * an error.
 */
export function endQuietlyOnBrokenPipe(streams: readonly NodeJS.WriteStream[] = [process.stdout, process.stderr]) {
  for (const stream of streams) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
    });
  }
}
