/**
 * An error the user caused (bad file, bad input): reported on stderr as "vmlab: MESSAGE", or as
 * the message alone when it is already a located report (assembly errors), with `exitCode`.
 */
export class UsageError extends Error {
  constructor(message: string, readonly exitCode = 1, readonly located = false) {
    super(message);
  }
}
