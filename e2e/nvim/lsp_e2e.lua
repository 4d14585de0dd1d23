-- Headless Neovim (0.7+) end-to-end check of rsplint's bundled language server over stdio:
-- diagnostics arrive for a copy of examples/rsp-draft.md, the "Insert the missing definition (reference
-- point)" code action on the Section 4.1 compute trigger is applied, the file is saved, and the
-- missing-reference diagnostic there goes away while the trigger's other diagnostics stay.
-- Neovim 0.7 (Debian 12) has no vim.lsp.start (0.8) nor code_action{apply=true}: start_client +
-- buf_attach_client + buf_request_sync + apply_workspace_edit. print() goes nowhere headless: io.stdout.
local server = vim.env.RSPLINT_SERVER
local out = function(s) io.stdout:write(s .. '\n') end
local function fail(msg)
  out('FAIL neovim: ' .. msg)
  vim.cmd('cquit 1')
end
if not server then return fail('set RSPLINT_SERVER to bin/rsplint-language-server.js') end

local buf = vim.api.nvim_get_current_buf()
if vim.bo[buf].filetype ~= 'markdown' then return fail('filetype is ' .. vim.bo[buf].filetype .. ', expected markdown') end
local client_id = vim.lsp.start_client({
  name = 'rsplint',
  cmd = { 'node', server, '--stdio' },
  root_dir = vim.fn.getcwd(),
})
if not client_id then return fail('could not start ' .. server) end
vim.lsp.buf_attach_client(buf, client_id)

-- The compute trigger of Section 4.1 (an ASCII line, so byte columns are UTF-16 columns too).
local sentence = 'We will run a comprehensive evaluation after every 4x increase in effective compute'
local lnum, col
for i, line in ipairs(vim.api.nvim_buf_get_lines(buf, 0, -1, false)) do
  local at = line:find(sentence, 1, true)
  if at then
    lnum = i - 1
    col = line:find('every 4x', at, true) - 1
    break
  end
end
if not lnum then return fail('the test document no longer contains "' .. sentence .. '"') end
local phrase_end = col + #'every 4x increase in effective compute'

local function on_trigger(code)
  for _, d in ipairs(vim.diagnostic.get(buf, { lnum = lnum })) do
    if d.source == 'rsplint' and d.code == code and d.col <= col and d.end_col >= phrase_end then return d end
  end
end
local function codes_on_line()
  local codes = {}
  for _, d in ipairs(vim.diagnostic.get(buf, { lnum = lnum })) do table.insert(codes, tostring(d.code)) end
  return table.concat(codes, ', ')
end

-- 1) diagnostics, as published to Neovim's diagnostic framework
if not vim.wait(30000, function() return on_trigger('missing-reference') ~= nil end, 50) then
  return fail(string.format('no missing-reference diagnostic on line %d within 30 s; %d diagnostics in the buffer, on that line: [%s]',
    lnum + 1, #vim.diagnostic.get(buf), codes_on_line()))
end
out(string.format('diagnostics: %d in the buffer; line %d has [%s]', #vim.diagnostic.get(buf), lnum + 1, codes_on_line()))

-- 2) code actions at the caret on "4x", with the line's diagnostics as context (what the editor sends)
local here = { line = lnum, character = col + #'every ' }
local params = {
  textDocument = vim.lsp.util.make_text_document_params(buf),
  range = { start = here, ['end'] = here },
  context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(buf, lnum) },
}
local responses, err = vim.lsp.buf_request_sync(buf, 'textDocument/codeAction', params, 10000)
if not responses then return fail('textDocument/codeAction got no answer: ' .. tostring(err)) end
local titles, action = {}, nil
local wanted = 'Insert the missing definition (reference point)'
for _, r in pairs(responses) do
  if r.err then return fail('textDocument/codeAction failed: ' .. vim.inspect(r.err)) end
  for _, a in ipairs(r.result or {}) do
    table.insert(titles, a.title)
    if a.title == wanted then action = a end
  end
end
out('code actions: ' .. table.concat(titles, ' | '))
if not (titles[1] or ''):find('^Insert the missing definition') then
  return fail('the first code action is "' .. tostring(titles[1]) .. '", expected "Insert the missing definition (...)"')
end
if not action then return fail('no code action titled "' .. wanted .. '"') end
if not action.edit then return fail('"' .. wanted .. '" carries no edit') end

-- 3) apply it and save
local before = table.concat(vim.api.nvim_buf_get_lines(buf, 0, -1, false), '\n')
vim.lsp.util.apply_workspace_edit(action.edit, vim.lsp.get_client_by_id(client_id).offset_encoding or 'utf-16')
vim.cmd('silent write')
local f = io.open(vim.api.nvim_buf_get_name(buf), 'r')
local on_disk = f:read('*a')
f:close()
local added = #on_disk - #before - 1 -- the file ends with a newline the buffer lines do not show
if added <= 0 then return fail('applying "' .. wanted .. '" added nothing to the saved file') end
if not on_disk:find('during a training run. The 4x is counted from', 1, true) then
  return fail('the saved file has no "The 4x is counted from" sentence right after "during a training run."')
end
out(string.format('saved: %d bytes inserted after "during a training run."', added))

-- 4) the server re-lints the edited buffer: missing-reference on the trigger goes, missing-scale stays
if not vim.wait(15000, function() return on_trigger('missing-reference') == nil and on_trigger('missing-scale') ~= nil end, 50) then
  return fail(string.format('after the fix, line %d still has [%s] (expected missing-reference gone, missing-scale kept)', lnum + 1, codes_on_line()))
end
out(string.format('after the fix line %d has [%s]', lnum + 1, codes_on_line()))
vim.lsp.stop_client(client_id)
out('PASS neovim: diagnostics, code action applied, file saved, diagnostic gone')
vim.cmd('qa!')
