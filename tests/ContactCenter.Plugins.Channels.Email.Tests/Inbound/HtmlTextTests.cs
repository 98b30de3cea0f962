using ContactCenter.Plugins.Channels.Email.Inbound;

namespace ContactCenter.Plugins.Channels.Email.Tests.Inbound;

public sealed class HtmlTextTests
{
    [Fact]
    public void ToText_ScriptsStylesAndMarkup_OnlyTheVisibleTextRemains()
    {
        const string html = "<html><head><title>t</title><style>p{color:red}</style></head><body><script>alert('x')</script>"
            + "<p>Hola&nbsp;<b>Ana</b> &amp; familia</p><img src=x onerror=alert(1)><div>Segunda&lt;script&gt; línea</div></body></html>";

        var text = HtmlText.ToText(html);

        Assert.Equal("Hola Ana & familia\nSegunda<script> línea", text);
    }

    [Fact]
    public void ToText_Links_KeepSafeTargetsOnly()
    {
        var text = HtmlText.ToText("<p><a href=\"https://example.test/poliza\">su póliza</a> y <a href=\"javascript:alert(1)\">esto</a></p>");

        Assert.Equal("su póliza [https://example.test/poliza] y esto", text);
    }

    [Fact]
    public void ToText_BreaksAndBlocks_BecomeLines()
    {
        Assert.Equal("uno\ndos\ntres", HtmlText.ToText("uno<br>dos<ul><li>tres</li></ul>"));
    }
}
