// TypeDoc plugin: puts each export of the API reference in a group named after what a reader looks for (builders,
// client, transports and sandbox, …), by the folder or file it is declared in. The table is `groupsBySource` in
// typedoc.json (longest matching path wins); an `@group` tag in a symbol's own TSDoc wins over the table. An export
// declared in a path the table does not cover is an error, so a new source folder cannot land ungrouped.
import { relative, sep } from 'node:path';
import { Comment, CommentTag, Converter, ParameterType, ReflectionKind } from 'typedoc';

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.options.addDeclaration({
    name: 'groupsBySource',
    help: 'Group of the exports declared under each source path (folder or file), e.g. { "src/builder/": "Builders" }.',
    type: ParameterType.Mixed,
    defaultValue: {},
  });

  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    /** @type {Record<string, string>} */
    const table = /** @type {Record<string, string>} */ (app.options.getValue('groupsBySource'));
    const paths = Object.keys(table).sort((a, b) => b.length - a.length);
    for (const reflection of Object.values(context.project.reflections)) {
      if (!reflection.isDeclaration() || !reflection.parent?.kindOf(ReflectionKind.Module)) continue;
      const comments = [
        reflection.comment,
        ...(reflection.signatures ?? []).map((signature) => signature.comment),
      ];
      if (comments.some((comment) => comment?.getTag('@group') !== undefined)) continue;
      const file = reflection.sources?.[0]?.fullFileName;
      if (file === undefined) continue;
      const path = relative(process.cwd(), file).split(sep).join('/');
      const match = paths.find((prefix) => path === prefix || path.startsWith(prefix));
      if (match === undefined) {
        app.logger.error(
          `${reflection.getFriendlyFullName()} (${path}) has no group: add its folder to groupsBySource in typedoc.json`,
        );
        continue;
      }
      // Functions carry their TSDoc on the signature; TypeDoc reads @group from either.
      const holder = reflection.signatures?.[0] ?? reflection;
      holder.comment ??= new Comment();
      holder.comment.blockTags.push(new CommentTag('@group', [{ kind: 'text', text: table[match] ?? '' }]));
    }
  });
}
