"""The page editor's multilingual form: labels with each language's own name, inputs marked with their
language and direction, a language toggle that remembers, a two-language view for translating, and copying
a StreamField from another language with a question and an undo."""
