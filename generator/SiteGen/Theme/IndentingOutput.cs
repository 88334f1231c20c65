using Scriban.Runtime;

namespace SiteGen.Theme;

/// <summary>
/// Where a partial writes when it is included as a statement of its own: straight into the
/// output of the template that includes it, each line that is not empty taking the indentation
/// of the line that includes it, exactly as Scriban indents the partial's text when it writes it
/// there as one string. A page's partials then make no text of their own to copy again.
/// </summary>
internal sealed class IndentingOutput : IScriptOutput
{
    private IScriptOutput _target = null!;
    private string? _indent;
    private bool _atLineStart;

    /// <summary>True once anything has been written, and <see cref="EndsWithNewLine"/> means something.</summary>
    public bool Wrote { get; private set; }

    /// <summary>Whether the last character written was a line break.</summary>
    public bool EndsWithNewLine { get; private set; }

    /// <summary>Starts writing into <paramref name="target"/>; <paramref name="atLineStart"/> is whether its text so far ends a line.</summary>
    public IndentingOutput Into(IScriptOutput target, string? indent, bool atLineStart)
    {
        _target = target;
        _indent = indent;
        _atLineStart = atLineStart;
        Wrote = false;
        EndsWithNewLine = false;
        return this;
    }

    /// <inheritdoc />
    public void Write(string text, int offset, int count)
    {
        if (count <= 0)
        {
            return;
        }

        Wrote = true;
        EndsWithNewLine = text[offset + count - 1] == '\n';
        if (_indent is null)
        {
            _target.Write(text, offset, count);
            return;
        }

        // Scriban's TemplateContext.Write(string, int, int) with an indent and IndentOnEmptyLines off.
        var end = offset + count;
        while (offset < end)
        {
            var newLine = text.IndexOf('\n', offset, end - offset);
            if (newLine < 0)
            {
                WriteIndent();
                _target.Write(text, offset, end - offset);
                return;
            }

            var length = newLine - offset;
            if (length != 0 && !(length == 1 && text[offset] == '\r'))
            {
                WriteIndent();
            }

            _target.Write(text, offset, length + 1);
            offset = newLine + 1;
            _atLineStart = true;
        }
    }

    private void WriteIndent()
    {
        if (_atLineStart)
        {
            _target.Write(_indent!, 0, _indent!.Length);
            _atLineStart = false;
        }
    }

    /// <inheritdoc />
    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }
}
