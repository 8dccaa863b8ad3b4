// Every target of issue 14 on one line each, with the floor it is measured against in the same
// run (so that figures from a loaded or a slower machine still say something) and « OK » or
// « AU-DESSUS ». The parts of the bench record them; `printTargets` prints them at the end.

export interface Target {
  label: string
  ms: number
  /** What the same work costs at its least on this machine, in this run. */
  floor: { label: string; ms: number }
  /** « ≤ 2× », « ≤ 30 ms »… as the issue states it. */
  objectif: string
  ok: boolean
}

const targets: Target[] = []

export function recordTarget(t: Target): void {
  targets.push(t)
}

const ms = (x: number) => `${x < 10 ? x.toFixed(2) : x.toFixed(0)} ms`

export function printTargets(): void {
  console.log(`\nObjectifs de l'issue 14 (plancher mesuré dans la même exécution)`)
  for (const t of targets) {
    console.log(
      `${t.label.padEnd(50)} ${ms(t.ms).padStart(10)}   plancher ${ms(t.floor.ms).padStart(9)} (${t.floor.label})`.padEnd(120) +
        ` × ${(t.ms / t.floor.ms).toFixed(1).padStart(5)}   objectif ${t.objectif.padEnd(22)} ${t.ok ? 'OK' : 'AU-DESSUS'}`,
    )
  }
}
