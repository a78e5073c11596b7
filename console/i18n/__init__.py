"""The operators' languages: the catalogue every user-visible string goes through, and the language in use.

Code marks its strings in the two forms `pyside6-lupdate` reads (docs/i18n.md):

- `translate("Context", "text {name}")` where the text is shown, or
  `translate("Context", "%n orders", None, PLURAL, n)` for a count (Qt's plural rules of the language pick the
  form; `n` a plain name or a call: see catalogue.translate);
- `QT_TRANSLATE_NOOP("Context", "text")` where a constant is defined, translated later with the same context.

The plan's own texts (products, segments, talking points) are the plan's and are never passed through it.
"""

from console.i18n.catalogue import PLURAL, QT_TRANSLATE_NOOP, active_language, translate, use_language
from console.i18n.languages import LANGUAGES, LanguageError, choose_language

__all__ = ["LANGUAGES", "PLURAL", "QT_TRANSLATE_NOOP", "LanguageError", "active_language", "choose_language",
           "translate", "use_language"]
