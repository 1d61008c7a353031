// Case conversions and English plurals for generated identifiers.

export function pascal(snake) {
  return snake.split('_').filter(Boolean).map((w) => w[0].toUpperCase() + w.slice(1)).join('');
}

export function camel(snake) {
  const p = pascal(snake);
  return p[0].toLowerCase() + p.slice(1);
}

/** `OrderItem` -> `ORDER_ITEM`. */
export function upperSnake(name) {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
}

/** `OrderItem` -> `order_item`. */
export function lowerSnake(name) {
  return upperSnake(name).toLowerCase();
}

function pluralWord(word) {
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/.test(word)) return `${word}es`;
  return `${word}s`;
}

/** Plural of the last word of a snake_case name. */
export function plural(snake) {
  const words = snake.split('_');
  words[words.length - 1] = pluralWord(words[words.length - 1]);
  return words.join('_');
}

/** The JSON name protoc derives from a field name. */
export function jsonName(name) {
  let out = '';
  let upper = false;
  for (const ch of name) {
    if (ch === '_') {
      upper = true;
    } else if (upper) {
      out += ch.toUpperCase();
      upper = false;
    } else {
      out += ch;
    }
  }
  return out;
}
