namespace ContactCenter.Host.Identity.Passkeys;

/// <summary>
/// The identity pages' only script, served from the host (CSP <c>script-src 'self'</c>, nothing inline). It enhances
/// the passkey forms: on submit it asks the browser's WebAuthn API with the options the server put on the form, writes
/// the JSON answer into the form's hidden <c>credential</c> field and posts the form (with its antiforgery field). The
/// messages it shows come from the form's <c>data-msg-*</c> attributes, so they are in the page's language. Without
/// script the form posts an empty credential and the server says what is missing.
/// </summary>
internal static class PasskeyScript
{
    public const string Path = "/identity/assets/passkeys.js";

    private const string Script = """
        'use strict';
        (function () {
          var supported = !!(window.PublicKeyCredential && PublicKeyCredential.parseCreationOptionsFromJSON && navigator.credentials);
          document.querySelectorAll('form[data-passkey]').forEach(function (form) {
            var status = form.querySelector('[data-passkey-status]');
            var button = form.querySelector('button[type="submit"]');
            function say(text) { if (status) { status.textContent = text || ''; } }
            if (!supported) { say(form.dataset.msgUnsupported); if (button) { button.disabled = true; } return; }
            form.addEventListener('submit', function (event) {
              event.preventDefault();
              say(form.dataset.msgWaiting);
              var options = JSON.parse(form.dataset.options);
              var ask = form.dataset.passkey === 'create'
                ? navigator.credentials.create({ publicKey: PublicKeyCredential.parseCreationOptionsFromJSON(options) })
                : navigator.credentials.get({ publicKey: PublicKeyCredential.parseRequestOptionsFromJSON(options) });
              ask.then(function (credential) {
                form.elements.credential.value = JSON.stringify(credential);
                form.submit();
              }, function (error) {
                say(error && error.name === 'NotAllowedError' ? form.dataset.msgCancelled : form.dataset.msgFailed);
              });
            });
          });
        })();
        """;

    public static IResult Serve(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return TypedResults.Text(Script, "text/javascript; charset=utf-8");
    }
}
