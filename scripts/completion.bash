# Bash completion for mdexport; installed as
# share/bash-completion/completions/mdexport.
_mdexport() {
  local cur prev
  cur=${COMP_WORDS[COMP_CWORD]}
  prev=${COMP_WORDS[COMP_CWORD-1]}
  case $prev in
    -t|--to)
      # Formats come from the program itself, so new writers complete too.
      local formats
      formats=$(mdexport --list-formats 2>/dev/null | awk '{print $1}')
      local prefix=${cur%,*} last=${cur##*,}
      if [[ $cur == *,* ]]; then
        COMPREPLY=($(compgen -P "$prefix," -W "$formats" -- "$last"))
      else
        COMPREPLY=($(compgen -W "$formats" -- "$cur"))
      fi
      return ;;
    --paper) COMPREPLY=($(compgen -W "a4 letter a5" -- "$cur")); return ;;
    -o|--output|--depfile|--css|--body-font|--heading-font|--mono-font)
      COMPREPLY=($(compgen -f -- "$cur")); return ;;
    --config) COMPREPLY=($(compgen -f -X '!*.toml' -- "$cur")); return ;;
    --out-dir|--resource-path) COMPREPLY=($(compgen -d -- "$cur")); return ;;
    -j|--jobs|--columns|--margin|--font-size|--split-level|--shard|--metadata) return ;;
  esac
  if [[ $cur == -* ]]; then
    local options
    options=$(mdexport --help 2>/dev/null | grep -oE -- '--[a-z][a-z-]*|(^|[ ,])-[a-z]' | tr -d ' ,' | sort -u)
    COMPREPLY=($(compgen -W "$options" -- "$cur"))
    return
  fi
  COMPREPLY=($(compgen -f -X '!*.@(md|markdown|MD)' -- "$cur") $(compgen -d -- "$cur"))
}
shopt -s extglob
complete -o filenames -F _mdexport mdexport
