using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace SiteGen.Markdown.Callouts;

/// <summary>Parses <c>:::</c> fences into <see cref="Callout"/> blocks, as Markdig's custom containers do.</summary>
public sealed class CalloutParser : FencedBlockParserBase<Callout>
{
    /// <summary>Creates the parser.</summary>
    public CalloutParser()
    {
        OpeningCharacters = [':'];
        InfoPrefix = null;
        MinimumMatchCount = 3;
    }

    /// <inheritdoc />
    protected override Callout CreateFencedBlock(BlockProcessor processor) => new(this);

    /// <inheritdoc />
    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        var result = base.TryContinue(processor, block);
        if (result == BlockState.Continue)
        {
            // Body lines may be indented as far as the fence; that indent is not content.
            var indent = block.Column;
            var c = processor.CurrentChar;
            while (indent > 0 && c.IsSpace())
            {
                indent--;
                c = processor.NextChar();
            }
        }

        return result;
    }
}
