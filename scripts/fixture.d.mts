export const root: string;
export const fixtureStrings: Record<string, string>;
export function copyProject(name: string, files?: Record<string, string>): string;
export function buildCopy(
  copy: string,
  options: { outDir: string; env?: Record<string, string>; inherit?: boolean },
): { status: number | null; output: string };
