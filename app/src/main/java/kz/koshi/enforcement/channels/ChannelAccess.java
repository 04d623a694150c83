package kz.koshi.enforcement.channels;

/**
 * Who may do what with the register of channels. The migration police and the border service record channels and read
 * the register, officers or systems (scope {@code enforcement:channels}); prosecutors, who supervise both, read it
 * (officers; their system holds no scope: decided, for confirmation). Everyone else is refused.
 */
final class ChannelAccess {

    static final String WRITE = "hasRole('MIGRATION_OFFICER') or hasRole('BORDER_OFFICER') "
            + "or hasAuthority('SCOPE_enforcement:channels')";
    static final String READ = WRITE + " or hasRole('PROSECUTOR')";

    private ChannelAccess() {
    }
}
