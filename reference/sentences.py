"""The sentences the goldens cover, each with a short stable name.

`reuse` gives two words of the pronoun sentence ("cross", "street") another
context ("cross" as an adjective); `bank` uses one word twice in two senses.
"""

PRONOUN = "The animal didn't cross the street because it was too tired."

SENTENCES = (
  ("pronoun", PRONOUN),
  ("punctuation", "Wait... what?! (Really?) Yes -- no; maybe: \"quoted\" & 'single'."),
  ("numbers", "In 2024, 3.5% of 1,000 users paid $12.99 on 03/04."),
  ("accents", "The naïve critic ate at a café in Zürich."),
  ("cjk", "東京は大きい"),
  ("emoji", "I love pizza 🍕 and cats 🐈‍⬛!"),
  ("reuse", "She was cross with him because the street was closed again."),
  ("bank", "She sat on the bank of the river and watched the bank's lights."),
)
