import { initAll } from '/js/govuk-frontend.min.js'

initAll()

// Reflow (WCAG 1.4.10): a table that is wider than the page scrolls inside a region of its own, named after the
// table's caption and reachable with the keyboard, so the page never scrolls sideways. Tables with a stacked layout
// for narrow screens (app-table--stack) or already in a region (app-table-scroll) are left alone; a document box
// (app-document) that scrolls is made reachable the same way.
function labelOf (table) {
  const caption = table.querySelector('caption')
  const text = caption ? caption.textContent.replace(/\s+/g, ' ').trim() : ''
  return text || 'Table'
}

function wrapWideTables () {
  document.querySelectorAll('main table').forEach(function (table) {
    if (table.classList.contains('app-table--stack') || table.closest('.app-table-scroll, .app-document')) {
      return
    }
    const region = document.createElement('div')
    region.className = 'app-table-scroll'
    region.setAttribute('data-label', labelOf(table))
    table.parentNode.insertBefore(region, table)
    region.appendChild(table)
  })
}

function markScrollable () {
  document.querySelectorAll('.app-table-scroll, .app-document').forEach(function (box) {
    const scrolls = box.scrollWidth > box.clientWidth + 1
    if (scrolls && !box.hasAttribute('tabindex')) {
      box.setAttribute('tabindex', '0')
      if (!box.hasAttribute('role')) {
        box.setAttribute('role', 'region')
        box.setAttribute('data-role-added', '')
      }
      if (!box.hasAttribute('aria-label') && !box.hasAttribute('aria-labelledby')) {
        const table = box.querySelector('table')
        box.setAttribute('aria-label', box.getAttribute('data-label') || (table ? labelOf(table) : 'Document'))
        box.setAttribute('data-label-added', '')
      }
      box.setAttribute('data-focus-added', '')
    } else if (!scrolls && box.hasAttribute('data-focus-added')) {
      box.removeAttribute('tabindex')
      box.removeAttribute('data-focus-added')
      if (box.hasAttribute('data-role-added')) {
        box.removeAttribute('role')
        box.removeAttribute('data-role-added')
      }
      if (box.hasAttribute('data-label-added')) {
        box.removeAttribute('aria-label')
        box.removeAttribute('data-label-added')
      }
    }
  })
}

wrapWideTables()
markScrollable()
window.addEventListener('resize', markScrollable)
