// Where a JSON path points in JSON text: the editor marks an error on the line of the property it names, so both the
// server's validation paths ("$.style_templates.noir.base_prompt", "$.a[0]") and the schema validator's instance
// locations ("#/style_templates/noir/base_prompt") become lines. A small scanner over the text, not JSON.parse: the
// parsed value has forgotten where anything was.

/** Segments of a server path ("$.a.b[0]") or a JSON pointer ("#/a/b/0"). */
export function pathSegments(path) {
  if (path.startsWith('#')) {
    return path.slice(1).split('/').slice(1)
      .map((s) => decodeURIComponent(s).replaceAll('~1', '/').replaceAll('~0', '~'));
  }
  return path.replace(/^\$\.?/, '').replace(/\[(\d+)\]/g, '.$1').split('.').filter((s) => s !== '');
}

/**
 * The 1-based line of the property at `segments` in the JSON `text` (its key's line; an array item's value's line),
 * or of its deepest ancestor present (a missing required property is reported on the object that lacks it); null
 * when the text is not JSON.
 */
export function lineOf(text, segments) {
  let i = 0;
  let line = 1;
  let best = 1;
  const space = () => {
    while (i < text.length && /\s/.test(text[i])) { if (text[i] === '\n') line++; i++; }
  };
  const string = () => {
    const start = i++;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i));
  };
  // depth: how many segments the enclosing values matched; -1 off the path.
  const value = (depth) => {
    space();
    const c = text[i];
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      i++; space();
      if (text[i] === close) { i++; return; }
      for (let index = 0; ; index++) {
        space();
        let name = String(index);
        if (c === '{') {
          const keyLine = line;
          name = string(); space();
          if (text[i++] !== ':') throw new Error('expected :');
          if (depth >= 0 && name === segments[depth]) best = keyLine;
        } else {
          space();
          if (depth >= 0 && name === segments[depth]) best = line;
        }
        value(depth >= 0 && depth < segments.length && name === segments[depth] ? depth + 1 : -1);
        space();
        const next = text[i++];
        if (next === close) return;
        if (next !== ',') throw new Error('expected , or ' + close);
      }
    } else if (c === '"') {
      string();
    } else {
      const start = i;
      while (i < text.length && !/[\s,\]}]/.test(text[i])) i++;
      if (i === start) throw new Error('expected a value');
    }
  };
  try {
    value(0);
  } catch {
    return null;
  }
  return best;
}
