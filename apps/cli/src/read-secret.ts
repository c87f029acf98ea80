import { text } from 'node:stream/consumers';

/** A password from --password or, better, from standard input (--password-stdin). */
export const readSecret = async (options: { password?: string; passwordStdin?: boolean }): Promise<string> => {
  if (options.password !== undefined) return options.password;
  if (options.passwordStdin) return (await text(process.stdin)).replace(/\r?\n$/, '');
  throw new Error('give the password with --password-stdin (or --password)');
};
