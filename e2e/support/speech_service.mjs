// Real speech for the end-to-end check: Debian's speech-dispatcher with
// espeak-ng, playing into a PulseAudio null sink (a machine without a sound
// card never finishes an utterance otherwise). Chromium reaches it with
// --enable-speech-dispatcher and starts speech-dispatcher itself.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const has = (command) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;

/** Why real speech cannot run here, or null if it can. */
export function realSpeechMissing() {
  for (const command of ['pulseaudio', 'speech-dispatcher', 'espeak-ng']) {
    if (!has(command)) return `${command} is not installed (scripts/setup --test installs it)`;
  }
  if (!existsSync('/usr/lib/speech-dispatcher-modules/sd_espeak-ng')) {
    return 'speech-dispatcher-espeak-ng is not installed';
  }
  return null;
}

/** Starts a PulseAudio daemon with a null sink unless one is running. */
export async function startNullAudio() {
  if (spawnSync('pulseaudio', ['--check']).status === 0) return { stop() {} };
  const daemon = spawn('pulseaudio', [
    '-n', '--daemonize=no', '--exit-idle-time=-1',
    '-L', 'module-null-sink sink_name=nullsink',
    '-L', 'module-native-protocol-unix',
  ], { stdio: 'ignore' });
  for (let i = 0; i < 50 && spawnSync('pulseaudio', ['--check']).status !== 0; i++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { stop: () => daemon.kill() };
}
