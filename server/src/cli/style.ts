// Terminal colour, on only when asked for or when writing to a terminal (and NO_COLOR is unset).
export interface Style {
  underline(text: string): string;
  dim(text: string): string;
  red(text: string): string;
  yellow(text: string): string;
  blue(text: string): string;
  boldRed(text: string): string;
  boldYellow(text: string): string;
}

export function useColor(flag: boolean | undefined, isTTY: boolean, env: Record<string, string | undefined>): boolean {
  if (flag !== undefined) return flag;
  // https://no-color.org: any non-empty NO_COLOR turns colour off; FORCE_COLOR turns it on (CI logs).
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false') return true;
  return isTTY && env.TERM !== 'dumb';
}

export function createStyle(color: boolean): Style {
  const wrap = (open: string, close: string) => (text: string) => (color && text ? `\u001b[${open}m${text}\u001b[${close}m` : text);
  return {
    underline: wrap('4', '24'),
    dim: wrap('2', '22'),
    red: wrap('31', '39'),
    yellow: wrap('33', '39'),
    blue: wrap('34', '39'),
    boldRed: (t) => wrap('1', '22')(wrap('31', '39')(t)),
    boldYellow: (t) => wrap('1', '22')(wrap('33', '39')(t)),
  };
}
