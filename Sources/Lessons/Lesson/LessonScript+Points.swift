import SiteGeneration

extension LessonScript {
  static let bottleneck = LessonPoint(
    topic: .bottleneck, title: "The bottleneck",
    summary: "Why squeezing a whole prefix into one state loses information, and what"
      + " attention does instead.",
    paragraphs: [
      "A recurrent model reads a sentence one token at a time and keeps a single state"
        + " vector of fixed size. Whatever the next prediction needs from far back must"
        + " have survived every update of that state on the way.",
      "Attention removes that squeeze. The current position keeps a direct line to every"
        + " earlier position and, for each prediction, chooses which of them to draw on."
        + " History is spread over the tokens and read back when it is needed.",
      "Often only a few earlier tokens decide the next one: the noun a pronoun stands for,"
        + " the topic of the sentence, a word just before. The useful question is not"
        + " whether the past is available but which part of it should count now.",
    ],
    prompts: [
      LessonPrompt(
        question: "A model must resolve a pronoun twelve words after its noun. With one"
          + " fixed-size state, where must the noun's information be at that moment?",
        answer: "Still inside the state, after twelve updates that each could overwrite it."
          + " With attention the pronoun can look at the noun's own position directly."),
      LessonPrompt(
        question: "Does attention read every earlier token equally?",
        answer: "No. It computes a weight for each visible token and takes mostly from the"
          + " few with large weights."),
    ])

  static let vectors = LessonPoint(
    topic: .vectors, title: "Text becomes vectors",
    summary: "Text is split into tokens, tokens become ids, and ids pick rows of an"
      + " embedding matrix.",
    paragraphs: [
      "A tokenizer cuts the text into tokens and gives each one an id from its vocabulary."
        + " An id is only a row number: token 512 is not closer in meaning to token 513"
        + " than to token 9.",
      "The embedding lookup turns each id into a vector of real numbers by taking that row"
        + " of a learned matrix. Vectors can be compared, projected and added, which ids"
        + " cannot.",
      "Positions matter too: the model adds (or rotates in) information about where each"
        + " token sits. What attention receives is therefore not words but a list of"
        + " vectors in token order. There is no grammar engine here; relations between"
        + " tokens are learned later from data.",
    ],
    prompts: [
      LessonPrompt(
        question: "Two tokens have ids 1041 and 1042. Are their meanings similar?",
        answer: "Nothing says so: ids are addresses in the vocabulary. Similarity can only"
          + " show up between the embedding vectors, after training."),
      LessonPrompt(
        question: "What is the first thing attention actually sees?",
        answer: "One vector per token, ordered by position, not the words themselves."),
    ])

  static let views = LessonPoint(
    topic: .views, title: "Three learned views: query, key, value",
    summary: "Each token vector is projected three ways: what it looks for, what it offers"
      + " for matching, and what it passes on.",
    paragraphs: [
      "Self-attention multiplies each token's vector by three learned matrices. The results"
        + " play three different roles, and keeping them apart is the heart of the method.",
      "The query states what this position is searching for. The key is the surface other"
        + " positions are matched against. The value holds what is handed over"
        + " when the match is good.",
      "Because the three views are learned separately, a token can be easy to find for one"
        + " reason and deliver something else once found. A good check of understanding:"
        + " take any attention step and name which vector asks (query), which one is"
        + " compared against (key) and which one is handed over (value).",
    ],
    prompts: [
      LessonPrompt(
        question: "Which of q, k and v decides what is carried into the output?",
        answer: "The value. Queries and keys only decide how much of each value is taken."),
      LessonPrompt(
        question: "Are q, k and v three different tokens?",
        answer: "No: they are three projections of the same token's vector, made with"
          + " three different weight matrices."),
    ])

  static let scores = LessonPoint(
    topic: .scores, title: "Scores, and why they are scaled by 1/√d",
    summary: "A query is compared with each visible key by a dot product, then divided by"
      + " the square root of the head size.",
    paragraphs: [
      "To decide how much an earlier position matters, the query is compared with that"
        + " position's key using a dot product. A larger product is stronger evidence for a"
        + " match.",
      "Dot products grow with the number of dimensions: with d independent entries of"
        + " variance one, their spread is about √d. Fed to a softmax, such large scores give"
        + " nearly all weight to one key and almost no gradient to the rest.",
      "Dividing every score by √d brings the spread back to about one at any head size,"
        + " so the softmax keeps a usable spread and gradients keep flowing. The figure"
        + " measures this with random vectors, computed by the engine.",
    ],
    prompts: [
      LessonPrompt(
        question: "Double the head size from 64 to 128. Roughly how much wider does the"
          + " spread of raw scores get?",
        answer: "By about √2, some 41 %: the spread follows √d. After dividing by √d it"
          + " stays near 1."),
      LessonPrompt(
        question: "What would a softmax over unscaled scores at d = 512 look like?",
        answer: "Close to one-hot: one key takes almost all the weight, as the example row"
          + " in the figure shows."),
    ])

  static let normalisation = LessonPoint(
    topic: .normalisation, title: "From scores to weights",
    summary: "A softmax turns one query's scores into weights that sum to one over the"
      + " tokens it may see.",
    paragraphs: [
      "The scaled scores of one query are passed through a softmax over the visible"
        + " positions. Every weight is positive and together they add up to exactly one:"
        + " a soft share of attention rather than a hard choice.",
      "In a decoder a token may not look at later tokens. Those positions are masked: they"
        + " take no part in the softmax at all. A masked cell is not a weight of zero that"
        + " the model chose; it is a position the query cannot see.",
      "The rule that matters for prediction: a stronger query-key match gives a larger"
        + " weight, and a weak match contributes little. Since every step is"
        + " differentiable, training adjusts the projections that produce these scores.",
    ],
    prompts: [
      LessonPrompt(
        question: "Query 3 of a decoder sees keys 1 to 3. What do its three weights add"
          + " up to, and what is its weight for key 5?",
        answer: "They add up to 1. Key 5 has no weight: it is masked, hidden from the"
          + " query, which is different from a weight of 0."),
      LessonPrompt(
        question: "One key's score rises while the others stay put. What happens to its"
          + " weight and to theirs?",
        answer: "Its weight grows and all the others shrink, because the row must still"
          + " sum to one."),
    ])

  static let retrieval = LessonPoint(
    topic: .retrieval, title: "Retrieval: a weighted sum of values",
    summary: "The output of a query is the sum of the value vectors, each times its weight.",
    paragraphs: [
      "With the weights in hand, the head forms its output for this position: every visible"
        + " value vector is multiplied by its weight and the results are added.",
      "Nothing is copied wholesale. A token with weight 0.7 contributes seven tenths of its"
        + " value; one with weight 0.01 barely shows. The output is a new vector that"
        + " carries what this position fetched from its context.",
      "The whole head is therefore compare (q · k), scale (÷√d), normalise (softmax), then"
        + " route (weighted sum of v). The per-token pages show every one of these numbers"
        + " for each token of the example sentence.",
    ],
    prompts: [
      LessonPrompt(
        question: "If one key has weight 1 and all others 0, what is the output?",
        answer: "Exactly that key's value vector."),
      LessonPrompt(
        question: "Does the output keep the original token's vector?",
        answer: "Not inside this sum; the model adds the head outputs back to its running"
          + " vector (the residual stream), so the token keeps its own information too."),
    ])

  static let pronounPoint = LessonPoint(
    topic: .pronoun, title: "The pronoun, on a real model",
    summary: "In a trained model, one head sends most of the pronoun's weight to the noun"
      + " it refers to.",
    paragraphs: [
      "Take the sentence about the tired animal and follow the token for “it”. Its query"
        + " scores every earlier token. We rank every layer and head of the trained model by"
        + " the weight that “it” gives to “animal”, exactly as the command"
        + " ‘attnviz heads’ does, and show the head at the top of that ranking.",
      "In that head the largest share of the pronoun's weight lands on the noun. The output"
        + " at the pronoun is then mostly the noun's value vector: the pronoun's new vector"
        + " now carries information retrieved from “animal”.",
      "This is one head among many, and other heads do other jobs. The per-token pages"
        + " trace this head for every token of the sentence, with every number.",
    ],
    prompts: [
      LessonPrompt(
        question: "Before looking: in the best head, which earlier token gets the largest"
          + " weight from “it”?",
        answer: "“animal”, the noun the pronoun refers to; the table lists the weight and"
          + " the runners-up."),
      LessonPrompt(
        question: "Does every head of the model resolve the pronoun?",
        answer: "No. The ranking shows how quickly the weight on “animal” falls off; most"
          + " heads look elsewhere."),
    ])

  static let context = LessonPoint(
    topic: .context, title: "Context is assembled",
    summary: "The same word gets different vectors in different sentences, more so in the"
      + " deeper layers.",
    paragraphs: [
      "Because each output mixes in values from the surrounding tokens, the vector of a"
        + " word depends on its sentence. A token does not carry its context with it; each"
        + " attention step gathers that context afresh from the tokens around it.",
      "The figure follows the word “bank” in a sentence about a river and in one about"
        + " money. Before the first layer both vectors are the same embedding (apart from"
        + " position), so their cosine similarity is high. Deeper in the model the two drift"
        + " apart as each takes in its own context; the fall is not strictly layer by layer,"
        + " but the last layers are clearly lower than the input.",
    ],
    prompts: [
      LessonPrompt(
        question: "What is the cosine similarity of the two “bank” vectors before any"
          + " layer, and does it rise or fall with depth?",
        answer: "Near one at the input, where only the position differs; it is lower in the"
          + " deep layers, which have mixed in different neighbours. The tables give the"
          + " value per layer.")
    ])

  static let heads = LessonPoint(
    topic: .heads, title: "Beyond one head",
    summary: "Many heads per layer and many layers: head view and model view of both real"
      + " models.",
    paragraphs: [
      "A layer runs several heads side by side, each with its own projections, so each can"
        + " look for something different. The head view draws, for one layer, a line from"
        + " every token to the tokens it attends to, one small panel per head.",
      "The model view shrinks every head of every layer to a thumbnail of its weights, so"
        + " patterns stand out: heads that look at the previous token, at the first token,"
        + " or at a related word.",
      "SmolLM2 saves memory by letting groups of query heads share one key and value head"
        + " (grouped-query attention): its 9 query heads per layer read only 3 key/value"
        + " heads. The figures mark which heads share.",
    ],
    prompts: [
      LessonPrompt(
        question: "In the model view, will most heads look like the pronoun head?",
        answer: "No. Many heads attend mostly to the first token or to the previous one;"
          + " the pronoun head is one specialised head among many."),
      LessonPrompt(
        question: "In SmolLM2, heads 1, 2 and 3 of a layer share a key/value head. Do they"
          + " have the same weights?",
        answer: "Not necessarily: they share keys and values but each has its own query, so"
          + " their weights can differ."),
    ])
}
