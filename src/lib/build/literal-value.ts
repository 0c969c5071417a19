/**
 * The value of an MDX attribute expression that is a literal: text, a number, a boolean, null, or
 * a list or object of them (`label={{ en: "…", id: "…" }}`, `data={[{ label: "2017", value: 3 }]}`).
 * Anything else (a variable, a call, a computed key) throws, saying what it met: a study's text is
 * data, and evaluating code in it would need the module MDX makes of it.
 */
interface Node {
  type: string;
  [key: string]: unknown;
}

/** The value of the one expression an attribute's program holds. */
export function literalValue(program: unknown): unknown {
  const body = (program as { body?: Node[] } | undefined)?.body;
  const statement = body?.length === 1 ? body[0] : undefined;
  if (statement?.type !== 'ExpressionStatement') throw new Error('not one expression');
  return valueOf(statement.expression as Node);
}

function valueOf(node: Node): unknown {
  switch (node.type) {
    case 'Literal':
      if ('regex' in node || 'bigint' in node) break;
      return node.value;
    case 'TemplateLiteral': {
      const quasis = node.quasis as { value: { cooked: string } }[];
      if ((node.expressions as unknown[]).length > 0) break;
      return quasis.map((q) => q.value.cooked).join('');
    }
    case 'UnaryExpression': {
      const value = valueOf(node.argument as Node);
      if (typeof value === 'number' && node.operator === '-') return -value;
      if (typeof value === 'number' && node.operator === '+') return value;
      break;
    }
    case 'ArrayExpression':
      return (node.elements as (Node | null)[]).map((element) => {
        if (!element || element.type === 'SpreadElement') throw new Error('a list with a gap or a spread');
        return valueOf(element);
      });
    case 'ObjectExpression': {
      const object: Record<string, unknown> = {};
      for (const property of node.properties as Node[]) {
        if (property.type !== 'Property' || property.computed || property.kind !== 'init' || property.method) throw new Error('an object with a spread, a computed key or a method');
        const key = property.key as Node;
        const name = key.type === 'Identifier' ? (key.name as string) : key.type === 'Literal' ? String(key.value) : undefined;
        if (name === undefined) throw new Error('an object key that is not a name or text');
        object[name] = valueOf(property.value as Node);
      }
      return object;
    }
  }
  throw new Error(`${node.type === 'Identifier' ? `the name \`${String(node.name)}\`` : `a ${node.type}`}, not a literal value`);
}
