// The page editor's languages: a toggle that remembers which languages are shown (and opens the one named by
// ?language=), a two-language view for translating, `lang`/`dir` on the inputs the server cannot mark
// (StreamField blocks and rich text, drawn in the browser), and "Copy content from" with a question and an undo.
"use strict";

(() => {
  const settings = JSON.parse(document.currentScript.dataset.editorLanguages);
  const words = settings.words;
  const languages = new Map(settings.languages.map((language) => [language.code, language]));
  const bySuffix = new Map(settings.languages.map((language) => [language.suffix, language]));
  const STORAGE_KEY = "hotline.editor.languages";
  // A field's panel, or its wrapper inside a group of fields: "panel-child-content-title_sr_latn-section".
  const suffixes = [...bySuffix.keys()].sort((a, b) => b.length - a.length).join("|");
  const UNIT_ID = new RegExp(`^panel-.*-(\\w+)_(${suffixes})-(section|wrapper)$`);
  const TEXT_ENTRY = 'input:not([type]), input[type="text"], input[type="search"], textarea, [contenteditable="true"]';
  // Wagtail's own pickers opened inside a block (the block type search) are in the admin's language.
  const NOT_CONTENT = ".w-combobox, [role='dialog']";

  function format(text, values) {
    return text.replace(/\{(\w+)\}/g, (_whole, key) => values[key]);
  }

  function element(tag, properties = {}, children = []) {
    const node = Object.assign(document.createElement(tag), properties);
    node.append(...children);
    return node;
  }

  function languageName(language) {
    return element("span", { lang: language.tag, dir: language.dir, textContent: language.name });
  }

  // Each translated field's outermost panel, or in a group of fields its wrapper with the label beside it,
  // marked with its language and field.
  function findUnits(form) {
    const units = [];
    for (const candidate of form.querySelectorAll("[data-panel][id], [data-field-wrapper][id]")) {
      const match = UNIT_ID.exec(candidate.id);
      if (!match || candidate.parentElement.closest("[data-editor-language]")) continue;
      const unit = candidate.parentElement.matches(".w-panel__wrapper") ? candidate.parentElement : candidate;
      const language = bySuffix.get(match[2]);
      unit.dataset.editorLanguage = language.code;
      unit.dataset.editorField = match[1];
      unit.dataset.editorDir = language.dir;
      units.push(unit);
    }
    return units;
  }

  function markInputs(root) {
    const inputs = [...root.querySelectorAll(TEXT_ENTRY)];
    if (root.matches(TEXT_ENTRY)) inputs.push(root);
    for (const input of inputs) {
      const unit = input.closest("[data-editor-language]");
      if (!unit || input.closest(NOT_CONTENT)) continue;
      const language = languages.get(unit.dataset.editorLanguage);
      if (input.getAttribute("lang") !== language.tag) input.setAttribute("lang", language.tag);
      if (input.getAttribute("dir") !== language.dir) input.setAttribute("dir", language.dir);
    }
  }

  function watchNewInputs(form) {
    markInputs(form);
    new MutationObserver((mutations) => {
      for (const mutation of mutations) {
        for (const node of mutation.addedNodes) {
          if (node.nodeType === Node.ELEMENT_NODE) markInputs(node);
        }
      }
    }).observe(form, { childList: true, subtree: true });
  }

  // --- What is shown -----------------------------------------------------------------------------------------

  function validCode(code) {
    return languages.has(code) ? code : null;
  }

  function storedChoice() {
    const choice = { shown: [settings.defaultLanguage], sideBySide: false, source: settings.defaultLanguage };
    choice.target = settings.firstTarget;
    try {
      const stored = JSON.parse(localStorage.getItem(STORAGE_KEY) || "{}");
      const shown = (stored.shown || []).filter(validCode);
      if (shown.length) choice.shown = shown;
      choice.sideBySide = stored.sideBySide === true;
      choice.source = validCode(stored.source) || choice.source;
      choice.target = validCode(stored.target) || choice.target;
    } catch {
      // A choice stored by an older script: start again from the default.
    }
    return choice;
  }

  function saveChoice(choice) {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(choice));
  }

  // ?language=uk (the translation report's links): that language, beside its source when translating.
  function withRequestedLanguage(choice) {
    const requested = validCode(new URLSearchParams(window.location.search).get("language"));
    if (!requested) return choice;
    if (!choice.sideBySide) return { ...choice, shown: [requested] };
    return { ...choice, target: requested, source: requested === choice.source ? choice.target : choice.source };
  }

  // A field that failed validation is shown whatever the choice, for this page only.
  function withErrors(choice, units) {
    const failed = units
      .filter((unit) => unit.querySelector(".error-message, [aria-invalid='true'], .w-field--error"))
      .map((unit) => unit.dataset.editorLanguage);
    if (!failed.length) return choice;
    const shown = choice.sideBySide ? [choice.source, choice.target] : choice.shown;
    return { ...choice, sideBySide: false, shown: [...new Set([...shown, ...failed])] };
  }

  function shownLanguages(choice) {
    return choice.sideBySide ? [choice.source, choice.target] : choice.shown;
  }

  // Side by side: the parents of the fields become two-column grids; each target field is ordered right after
  // its source, whichever comes first in the form, and the other languages are hidden.
  function arrange(form, units, choice) {
    form.classList.toggle("editor-side-by-side", choice.sideBySide);
    const shown = shownLanguages(choice);
    for (const unit of units) {
      const language = unit.dataset.editorLanguage;
      unit.classList.toggle("editor-language-hidden", !shown.includes(language));
      unit.classList.toggle("editor-pair-source", choice.sideBySide && language === choice.source);
      unit.classList.toggle("editor-pair-target", choice.sideBySide && language === choice.target);
    }
    for (const parent of new Set(units.map((unit) => unit.parentElement))) {
      parent.classList.toggle("editor-pair-grid", choice.sideBySide);
      [...parent.children].forEach((child, index) => {
        child.style.order = choice.sideBySide ? String(index * 2) : "";
      });
    }
    if (!choice.sideBySide) return;
    for (const target of units.filter((unit) => unit.dataset.editorLanguage === choice.target)) {
      const source = [...target.parentElement.children].find(
        (unit) => unit.dataset.editorField === target.dataset.editorField && unit.dataset.editorLanguage === choice.source,
      );
      if (source) target.style.order = String(Number(source.style.order) + 1);
    }
  }

  function languageSelect(selected) {
    const select = element("select");
    for (const language of languages.values()) {
      select.append(element("option", { value: language.code, textContent: language.name, selected: language.code === selected }));
    }
    return select;
  }

  function toolbar(choice, onChange) {
    const checkboxes = [...languages.values()].map((language) =>
      element("input", { type: "checkbox", value: language.code, checked: choice.shown.includes(language.code) }),
    );
    const sideBySide = element("input", { type: "checkbox", checked: choice.sideBySide });
    const source = languageSelect(choice.source);
    const target = languageSelect(choice.target);
    source.setAttribute("aria-label", words.from);
    target.setAttribute("aria-label", words.into);

    const reflect = () => {
      checkboxes.forEach((checkbox) => {
        checkbox.checked = shownLanguages(choice).includes(checkbox.value);
        checkbox.disabled = choice.sideBySide;
      });
      sideBySide.checked = choice.sideBySide;
      source.value = choice.source;
      target.value = choice.target;
    };
    const update = (changes) => {
      Object.assign(choice, changes);
      reflect();
      onChange(choice);
    };

    checkboxes.forEach((checkbox) =>
      checkbox.addEventListener("change", () => {
        const shown = checkboxes.filter((box) => box.checked).map((box) => box.value);
        update({ shown: shown.length ? shown : [checkbox.value] });
      }),
    );
    sideBySide.addEventListener("change", () => update({ sideBySide: sideBySide.checked }));
    // Choosing the other side's language swaps the two.
    source.addEventListener("change", () =>
      update({ source: source.value, target: source.value === choice.target ? choice.source : choice.target, sideBySide: true }),
    );
    target.addEventListener("change", () =>
      update({ target: target.value, source: target.value === choice.source ? choice.target : choice.source, sideBySide: true }),
    );
    reflect();

    const shownLabel = element("span", { className: "editor-languages__label", textContent: words.shown });
    const bar = element("div", { className: "editor-languages" }, [
      element("div", { className: "editor-languages__row" }, [
        shownLabel,
        ...checkboxes.map((checkbox) =>
          element("label", { className: "editor-languages__choice" }, [checkbox, languageName(languages.get(checkbox.value))]),
        ),
      ]),
      element("div", { className: "editor-languages__row" }, [
        element("label", { className: "editor-languages__choice" }, [sideBySide, words.sideBySide]),
        words.from,
        source,
        words.into,
        target,
      ]),
    ]);
    bar.setAttribute("role", "group");
    bar.setAttribute("aria-label", words.toolbar);
    return bar;
  }

  // --- Copying a StreamField from another language -------------------------------------------------------------

  // Wagtail keeps a StreamField's block tree on its root element (BlockController: `${name}-root`).
  function streamBlock(fieldName) {
    return document.getElementById(`${fieldName}-root`)?.rootBlock;
  }

  function announceChange(fieldName) {
    // Wagtail's unsaved-changes check (and so autosave) listens for these.
    document.getElementById(fieldName)?.dispatchEvent(new Event("change", { bubbles: true }));
  }

  function copyField(sourceName, targetName, sourceLanguage, targetLanguage, status) {
    const source = streamBlock(sourceName);
    const target = streamBlock(targetName);
    if (!source || !target) return;
    const copy = source.getDuplicatedState();
    if (!copy.length) {
      status.replaceChildren(format(words.nothingToCopy, { source: sourceLanguage.name }));
      return;
    }
    const previous = target.getState();
    const question = format(words.confirmReplace, { source: sourceLanguage.name, target: targetLanguage.name });
    if (previous.length && !window.confirm(question)) return;
    target.setState(copy);
    announceChange(targetName);
    const undo = element("button", { type: "button", className: "button button-small button-secondary", textContent: words.undo });
    undo.addEventListener("click", () => {
      target.setState(previous);
      announceChange(targetName);
      status.replaceChildren(words.undone);
    });
    status.replaceChildren(format(words.copied, { source: sourceLanguage.name }), " ", undo);
  }

  // Only where the field is a StreamField, and only from the other languages of the same field.
  function addCopyButtons(unit, units) {
    const language = languages.get(unit.dataset.editorLanguage);
    const targetName = `${unit.dataset.editorField}_${language.suffix}`;
    const content = unit.querySelector(".w-panel__content");
    // The StreamField's placeholder, or the block tree Wagtail has drawn in its place.
    if (!content || !unit.querySelector(`[id="${targetName}"][data-block], [id="${targetName}-root"]`)) return;
    const status = element("span", { className: "editor-copy__status", role: "status" });
    const buttons = units
      .filter((other) => other.dataset.editorField === unit.dataset.editorField && other !== unit)
      .map((other) => {
        const source = languages.get(other.dataset.editorLanguage);
        const button = element("button", { type: "button", className: "button button-small button-secondary" }, [languageName(source)]);
        button.dataset.copyFrom = source.code;
        button.addEventListener("click", () =>
          copyField(`${other.dataset.editorField}_${source.suffix}`, targetName, source, language, status),
        );
        return button;
      });
    content.prepend(element("div", { className: "editor-copy" }, [words.copyFrom, " ", ...buttons, status]));
  }

  // --- The preview's language ---------------------------------------------------------------------------------

  // Wagtail ignores a change of preview mode while an update is under way (the panel's first one, say): the
  // select names Ukrainian and the frame still shows English. Once that update is over, the change is made.
  function keepPreviewModeInStep() {
    const select = document.getElementById("id_preview_mode");
    if (!select) return;
    document.addEventListener("w-preview:updated", () => {
      const frame = document.querySelector("iframe.w-preview__iframe[src]");
      if (!frame) return;
      const shownMode = new URL(frame.src, window.location.href).searchParams.get("mode");
      if (shownMode !== null && shownMode !== select.value) select.dispatchEvent(new Event("change"));
    });
  }

  // Wagtail's main area hides what overflows it sideways (the closed side panels wait beyond its right edge),
  // yet the browser scrolls it sideways to show a caret or a control, and then no scroll bar brings it back:
  // half of the two-language view was cut off while typing. It stays where it starts. Wagtail makes it scroll
  // smoothly, and a smooth way back could be cut short by the next caret and end a few pixels off, so the way
  // back is instant, and checked again once any scroll has ended.
  function keepMainInPlace() {
    const main = document.querySelector("main");
    if (!main) return;
    const backInPlace = () => {
      if (main.scrollLeft !== 0) main.scrollTo({ left: 0, behavior: "instant" });
    };
    main.addEventListener("scroll", backInPlace, { passive: true });
    main.addEventListener("scrollend", backInPlace, { passive: true });
  }

  function start() {
    keepPreviewModeInStep();
    keepMainInPlace();
    const form = document.querySelector("form[data-edit-form]");
    if (!form) return;
    const units = findUnits(form);
    if (!units.length) return;
    watchNewInputs(form);
    units.forEach((unit) => addCopyButtons(unit, units));

    const stored = storedChoice();
    const requested = withRequestedLanguage(stored);
    if (requested !== stored) saveChoice(requested);
    const choice = withErrors(requested, units);
    arrange(form, units, choice);
    const bar = toolbar(choice, (changed) => {
      saveChoice(changed);
      arrange(form, units, changed);
    });
    const tabPanels = form.querySelector(".tab-content");
    if (tabPanels) tabPanels.prepend(bar);
    else form.prepend(bar);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
