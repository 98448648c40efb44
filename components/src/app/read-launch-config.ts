/** Reads and checks the launch configuration the build embedded in index.html. */
import { LaunchConfigSchema, type LaunchConfig } from './launch-config.ts';

export function readLaunchConfig(doc: Document): LaunchConfig {
  const text = doc.getElementById('wm-launch-config')?.textContent ?? '';
  const parsed = LaunchConfigSchema.safeParse(safeJson(text));
  if (!parsed.success) {
    throw new Error('This package has no valid launch configuration in index.html (#wm-launch-config). Rebuild it with `workmentor build`.');
  }
  return parsed.data;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
