# bash completion for tokendesk-cli
_tokendesk_cli()
{
    local cur prev words cword
    _init_completion || return

    local global="--profile --url --service-id --api --api-key --ca-file --help --version"
    local commands="profiles list count revoke delete"
    local command="" i
    for ((i = 1; i < cword; i++)); do
        case "${words[i]}" in
        --profile | --url | --service-id | --api | --api-key | --ca-file) ((i++)) ;;
        -*) ;;
        *) command=${words[i]}; break ;;
        esac
    done

    case "$prev" in
    --profile)
        # Names may contain spaces: one per line, as the command prints them.
        local IFS=$'\n'
        COMPREPLY=($(compgen -W "$(tokendesk-cli profiles 2>/dev/null | cut -f1)" -- "$cur"))
        return ;;
    --ca-file | --subjects-from | --report) _filedir; return ;;
    --api) COMPREPLY=($(compgen -W "v3 v2" -- "$cur")); return ;;
    --status) COMPREPLY=($(compgen -W "all valid expired" -- "$cur")); return ;;
    --output)
        if [ "$command" = profiles ]; then
            COMPREPLY=($(compgen -W "table json" -- "$cur"))
        else
            COMPREPLY=($(compgen -W "table json jsonl csv" -- "$cur"))
        fi
        return ;;
    --url | --service-id | --api-key | --subject | --client | --start | --end | --reason | --columns) return ;;
    esac

    local options
    case "$command" in
    "") COMPREPLY=($(compgen -W "$global $commands" -- "$cur")); return ;;
    profiles) options="--output --help" ;;
    list) options="--subject --client --status --all --start --end --output --columns --help" ;;
    count) options="--subject --client --status --help" ;;
    revoke) options="--subject --client --subjects-from --dry-run --reason --yes --report --help" ;;
    delete) options="--dry-run --reason --yes --report --help" ;;
    esac
    COMPREPLY=($(compgen -W "$options" -- "$cur"))
}
complete -F _tokendesk_cli tokendesk-cli
