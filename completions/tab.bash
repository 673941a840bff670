# bash completion for tab: commands and their subcommands, each command's options, the values of
# --format, --lang, --preset and --by, and the round ids of the tournament in -C DIR (or the
# current directory), read with `tab -C DIR --format tsv rounds` where a command takes ROUND.
# Install as /usr/share/bash-completion/completions/tab, or source it from ~/.bashrc.

# The round ids of the tournament in directory $1, one a line (nothing if it does not load).
_tab_rounds() {
    command "${_tab_program:-tab}" -q -C "$1" --format tsv rounds 2>/dev/null | tail -n +2 | cut -f1
}

_tab() {
    local cur prev dir=. command="" sub="" i word
    cur=${COMP_WORDS[COMP_CWORD]}
    prev=${COMP_WORDS[COMP_CWORD - 1]}
    _tab_program=${COMP_WORDS[0]}
    for ((i = 1; i < COMP_CWORD; i++)); do
        word=${COMP_WORDS[i]}
        case $word in
            -C | --dir) dir=${COMP_WORDS[i + 1]}; ((i++)) ;;
            --format | --lang | --preset | --by | --seed | --state | --after | --season) ((i++)) ;;
            -*) ;;
            *) if [[ -z $command ]]; then command=$word; elif [[ -z $sub ]]; then sub=$word; fi ;;
        esac
    done

    case $prev in
        -C | --dir | --season) COMPREPLY=($(compgen -d -- "$cur")); return ;;
        --format) COMPREPLY=($(compgen -W "text csv tsv json md html" -- "$cur")); return ;;
        --lang) COMPREPLY=($(compgen -W "en kk ru" -- "$cur")); return ;;
        --preset) COMPREPLY=($(compgen -W "bp wsdc australs asian apda karl-popper lincoln-douglas public-forum" -- "$cur")); return ;;
        --by) COMPREPLY=($(compgen -W "team speaker institution district" -- "$cur")); return ;;
        --after) COMPREPLY=($(compgen -W "$(_tab_rounds "$dir")" -- "$cur")); return ;;
        --state) COMPREPLY=($(compgen -f -- "$cur")); return ;;
        --seed) return ;;
    esac

    local global="-C --dir --format --lang -q --quiet --help"
    local options="" words="" rounds=0 paths=""
    case $command in
        "") words="check teams adjudicators rounds init import export publish draw allocate ballots simulate results
                   standings status replay break awards certificates stats season protocol"
            options="$global --version" ;;
        check | rounds | status) ;;
        awards) options="--provisional" ;;
        certificates) options="--orientation --provisional" ;;
        teams | adjudicators) options="--include-contacts" ;;
        init) options="--preset"; paths=d ;;
        import)
            case $sub in
                "") words="tabbycat debatexml" ;;
                tabbycat) options="--preset"; paths=d ;;
                debatexml) paths=f ;;
            esac ;;
        export)
            case $sub in
                "") words="debatexml json" ;;
                *) options="--include-contacts"; paths=d ;;
            esac ;;
        publish) options="--force --include-silent"; paths=d ;;
        replay | stats | protocol) paths=d ;;
        draw) options="--state --seed --explain --dry-run --force"; rounds=1 ;;
        allocate) options="--explain --dry-run --force"; rounds=1 ;;
        simulate) options="--seed --force"; rounds=1 ;;
        results) rounds=1 ;;
        ballots)
            if [[ -z $sub ]]; then words="check sheets"; else rounds=1; fi
            [[ $sub == sheets ]] && options="--out --force" ;;
        standings) options="--after"; [[ -z $sub ]] && words="teams speakers replies" ;;
        break) options="--force --show" ;;
        season)
            case $sub in
                "") words="status qualify table duplicates" ;;
                table) options="--by --season" ;;
                *) options="--season" ;;
            esac ;;
    esac
    [[ -n $command ]] && options="$options $global"

    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$options" -- "$cur"))
    elif ((rounds)); then
        COMPREPLY=($(compgen -W "$(_tab_rounds "$dir")" -- "$cur"))
    elif [[ -n $words ]]; then
        COMPREPLY=($(compgen -W "$words" -- "$cur"))
    elif [[ $paths == d ]]; then
        COMPREPLY=($(compgen -d -- "$cur"))
    elif [[ $paths == f ]]; then
        COMPREPLY=($(compgen -f -- "$cur"))
    fi
}

complete -F _tab tab
