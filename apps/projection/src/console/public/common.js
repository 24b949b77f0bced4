'use strict';
// Small DOM helpers shared by the console pages. Text always goes in through
// textContent, never innerHTML: report text is untrusted.
window.Console = (function () {
  function el(tag, attributes, children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (value === undefined || value === null || value === false) continue;
      if (name === 'class') node.className = value;
      else if (name === 'text') node.textContent = value;
      else node.setAttribute(name, value === true ? '' : String(value));
    }
    for (const child of [].concat(children || [])) {
      if (child !== null && child !== undefined) node.append(child instanceof Node ? child : String(child));
    }
    return node;
  }

  async function getJson(path) {
    const response = await fetch(path, { headers: { accept: 'application/json' } });
    if (!response.ok) throw new Error(`${path} answered ${response.status}`);
    return response.json();
  }

  /** The report id in /reports/:id/view and /reports/:id/compare. */
  function reportIdFromPath() {
    return decodeURIComponent(location.pathname.split('/')[2] || '');
  }

  function badge(text, kind) {
    return el('span', { class: `badge ${kind || ''}`.trim(), text });
  }

  function showError(container, error) {
    container.replaceChildren(el('p', { class: 'badge bad', text: error.message || String(error) }));
  }

  return { el, getJson, reportIdFromPath, badge, showError };
})();
