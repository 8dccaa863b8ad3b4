import { expect, type Page } from '@playwright/test'

/**
 * What a 1366×768 laptop screen must not show, read from the page as laid out: a horizontal
 * scroll (the page's or a box's), a button or field running out of the window or cut inside, the
 * menu's last entries below the fold, a dialog taller or wider than the window, English or
 * programmer's words. Returns one line per problem, empty when the screen is right.
 */
export async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = []
    const vw = document.documentElement.clientWidth
    const vh = window.innerHeight
    const name = (el: Element) => `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : ''} « ${(el as HTMLElement).innerText?.trim().slice(0, 40) || el.getAttribute('aria-label') || ''} »`
    const shown = (el: Element) => {
      const box = el.getBoundingClientRect()
      return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden'
    }

    if (document.documentElement.scrollWidth > vw + 1) problems.push(`la page défile en largeur (${document.documentElement.scrollWidth} px pour ${vw})`)
    for (const el of Array.from(document.querySelectorAll('body *'))) {
      const style = getComputedStyle(el)
      if (!['auto', 'scroll'].includes(style.overflowX) || !shown(el)) continue
      if (el.scrollWidth > el.clientWidth + 1) problems.push(`défile en largeur : ${name(el)} (${el.scrollWidth} px pour ${el.clientWidth})`)
    }
    for (const el of Array.from(document.querySelectorAll('button, .btn, input, select, textarea, h1, h2, label'))) {
      if (!shown(el) || el.closest('.skip')) continue
      const box = el.getBoundingClientRect()
      if (box.right > vw + 1) problems.push(`sort de la fenêtre à droite : ${name(el)}`)
      if (el.matches('button, .btn') && el.scrollWidth > el.clientWidth + 1) problems.push(`texte coupé : ${name(el)}`)
    }
    const nav = document.querySelector('nav[aria-label="Navigation principale"]')
    if (nav) {
      for (const link of Array.from(nav.querySelectorAll('a, button'))) {
        const box = link.getBoundingClientRect()
        if (box.bottom > vh + 1) problems.push(`menu sous le bord de l'écran : ${name(link)}`)
      }
    }
    for (const dialog of Array.from(document.querySelectorAll('[role="dialog"], dialog[open]'))) {
      if (!shown(dialog)) continue
      const box = dialog.getBoundingClientRect()
      if (box.top < -1 || box.left < -1 || box.bottom > vh + 1 || box.right > vw + 1) problems.push(`fenêtre de dialogue plus grande que l'écran : ${name(dialog)}`)
    }
    // Words a volunteer should never read: English left in the markup, or a value the code did not fill.
    const text = document.body.innerText
    const words = text.match(/\b(undefined|null|NaN|Invalid Date|\[object Object\]|Loading|Error|Save|Cancel|Delete|Submit|Edit|true|false)\b/g)
    if (words) problems.push(`mots à ne pas lire : ${[...new Set(words)].join(', ')}`)
    return [...new Set(problems)]
  })
}

/** Asserts a screen has none of the problems above; `what` names it in the failure. */
export async function expectFits(page: Page, what: string): Promise<void> {
  expect(await layoutProblems(page), what).toEqual([])
}

/** The message at the bottom (undo of a deletion) stays on one line on a laptop screen. */
export async function expectToastOneLine(page: Page): Promise<void> {
  const toast = page.locator('.toast')
  await expect(toast).toBeVisible()
  const box = await toast.boundingBox()
  expect.soft(box!.height, 'le message tient sur une ligne').toBeLessThan(60)
}
