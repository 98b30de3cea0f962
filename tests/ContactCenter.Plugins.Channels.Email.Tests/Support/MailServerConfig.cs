using System.Globalization;

namespace ContactCenter.Plugins.Channels.Email.Tests.Support;

/// <summary>The private servers' configuration files, written into the test's temp dir.</summary>
internal static class MailServerConfig
{
    private const UnixFileMode Open = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupWrite
        | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    public static string WriteDovecot(string directory, int imapPort, int lmtpPort, int authPort, IEnumerable<string> users, string password)
    {
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("The mail server tests run Debian's Dovecot and Postfix.");
        }

        foreach (var sub in new[] { "run", "state", "mail" })
        {
            Directory.CreateDirectory(Path.Combine(directory, sub));
        }

        // The mail uid creates each user's Maildir on first delivery.
        File.SetUnixFileMode(Path.Combine(directory, "mail"), Open);
        var passwd = Path.Combine(directory, "passwd");
        File.WriteAllLines(passwd, users.Select(u => $"{u}:{{PLAIN}}{password}"));
        var config = Path.Combine(directory, "dovecot.conf");
        File.WriteAllText(config, string.Create(CultureInfo.InvariantCulture, $$"""
            base_dir = {{directory}}/run
            state_dir = {{directory}}/state
            instance_name = cc-test-{{imapPort}}
            log_path = {{directory}}/dovecot.log
            protocols = imap lmtp
            listen = 127.0.0.1
            ssl = no
            disable_plaintext_auth = no
            auth_mechanisms = plain login
            first_valid_uid = 8
            last_valid_uid = 8
            mail_location = maildir:{{directory}}/mail/%u
            mail_uid = mail
            mail_gid = mail
            default_internal_user = dovecot
            default_login_user = dovenull
            passdb {
              driver = passwd-file
              args = scheme=PLAIN username_format=%u {{passwd}}
            }
            userdb {
              driver = static
              args = uid=mail gid=mail home={{directory}}/mail/%u
            }
            service imap-login {
              inet_listener imap {
                address = 127.0.0.1
                port = {{imapPort}}
              }
              inet_listener imaps {
                port = 0
              }
            }
            service auth {
              inet_listener auth-inet {
                address = 127.0.0.1
                port = {{authPort}}
              }
            }
            service lmtp {
              inet_listener lmtp {
                address = 127.0.0.1
                port = {{lmtpPort}}
              }
            }

            """));
        return config;
    }

    public static string WritePostfix(string directory, int smtpPort, int lmtpPort, int authPort)
    {
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("The mail server tests run Debian's Dovecot and Postfix.");
        }

        var root = Path.Combine(directory, "postfix");
        var etc = Directory.CreateDirectory(Path.Combine(root, "etc")).FullName;
        Directory.CreateDirectory(Path.Combine(root, "queue"));
        File.SetUnixFileMode(Directory.CreateDirectory(Path.Combine(root, "data")).FullName, Open);
        File.WriteAllText(Path.Combine(etc, "main.cf"), string.Create(CultureInfo.InvariantCulture, $"""
            compatibility_level = 3.6
            queue_directory = {root}/queue
            data_directory = {root}/data
            mail_owner = postfix
            setgid_group = postdrop
            myhostname = mail.test
            mydomain = mail.test
            myorigin = mail.test
            inet_interfaces = 127.0.0.1
            inet_protocols = ipv4
            mydestination =
            mynetworks = 127.0.0.0/8
            relay_domains =
            virtual_mailbox_domains = aseguradora.test cliente.test
            virtual_transport = lmtp:inet:127.0.0.1:{lmtpPort}
            smtpd_relay_restrictions = reject_unauth_destination
            smtpd_sasl_auth_enable = yes
            smtpd_sasl_type = dovecot
            smtpd_sasl_path = inet:127.0.0.1:{authPort}
            smtputf8_enable = no
            biff = no
            maillog_file = /dev/stdout
            alias_maps =
            alias_database =
            local_recipient_maps =
            smtpd_banner = $myhostname ESMTP
            maximal_queue_lifetime = 1h
            bounce_queue_lifetime = 1h

            """));
        File.WriteAllText(Path.Combine(etc, "master.cf"), string.Create(CultureInfo.InvariantCulture, $"""
            127.0.0.1:{smtpPort} inet n - n - - smtpd
            pickup unix n - n 60 1 pickup
            cleanup unix n - n - 0 cleanup
            qmgr unix n - n 300 1 qmgr
            rewrite unix - - n - - trivial-rewrite
            bounce unix - - n - 0 bounce
            defer unix - - n - 0 bounce
            trace unix - - n - 0 bounce
            verify unix - - n - 1 verify
            flush unix n - n 1000? 0 flush
            proxymap unix - - n - - proxymap
            smtp unix - - n - - smtp
            relay unix - - n - - smtp
            showq unix n - n - - showq
            error unix - - n - - error
            retry unix - - n - - error
            discard unix - - n - - discard
            lmtp unix - - n - - lmtp
            anvil unix - - n - 1 anvil
            scache unix - - n - 1 scache
            postlog unix-dgram n - n - 1 postlogd

            """));
        return etc;
    }
}
