/**
 * Text helpers features share: a word-by-word difference of two texts ({@link
 * org.clausewatch.shared.text.TextDiff}), used by the contract history and by proposed wording.
 */
package org.clausewatch.shared.text;
